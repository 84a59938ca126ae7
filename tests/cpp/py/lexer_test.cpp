// Lexer unit tests: token kinds, positions, indentation and tokenizer errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "py/lexer.hpp"

namespace {

std::vector<py::Tok> kinds(const std::string& text) {
  py::Source src("main.py", text);
  py::LexResult r = py::tokenize(src);
  std::vector<py::Tok> out;
  for (const auto& t : r.tokens) out.push_back(t.kind);
  return out;
}

std::string names(const std::string& text) {
  std::string out;
  for (py::Tok k : kinds(text)) {
    if (!out.empty()) out += ' ';
    out += py::token_name(k);
  }
  return out;
}

py::SyntaxError lex_error(const std::string& text) {
  py::Source src("main.py", text);
  py::LexResult r = py::tokenize(src);
  EXPECT_TRUE(r.error.has_value()) << text;
  return r.error.value_or(py::SyntaxError{});
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(names("x = 1\n"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(names("x = 1"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, OperatorsLongestMatch) {
  EXPECT_EQ(names("a **= b // c ... -> := != <<= >>="),
            "NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME ELLIPSIS RARROW COLONEQUAL NOTEQUAL LEFTSHIFTEQUAL "
            "RIGHTSHIFTEQUAL NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  EXPECT_EQ(names("async def await match case _"), "KW_ASYNC KW_DEF KW_AWAIT NAME NAME NAME NEWLINE ENDMARKER");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(names("if x:\n    y\n    z\nw\n"),
            "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
  EXPECT_EQ(names("if x:\n  if y:\n    z\n"),
            "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER");
}

TEST(Lexer, BlankAndCommentLinesMakeNoTokens) {
  EXPECT_EQ(names("x\n\n   # c\n\t\ny\n"), "NAME NEWLINE NAME NEWLINE ENDMARKER");
}

TEST(Lexer, ImplicitAndExplicitJoining) {
  EXPECT_EQ(names("(a,\n   b)\n"), "LPAR NAME COMMA NAME RPAR NEWLINE ENDMARKER");
  EXPECT_EQ(names("a = 1 + \\\n  2\n"), "NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, TabsCountToMultiplesOfEight) {
  EXPECT_EQ(names("if x:\n\ty\n\tz\n"),
            "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(names("if x:\n  \ty\n\tz\n"),  // "  \t" and "\t" both reach column 8 (and differ: TabError)
            "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE ERRORTOKEN");
}

TEST(Lexer, Numbers) {
  for (const char* n : {"0", "00", "1_000", "0x_FF", "0o17", "0b1_0", "1.5", ".5", "5.", "1e10", "1E-5", "3j",
                        "1.5J", "1_0.0_1e+1_0"}) {
    EXPECT_EQ(names(n), "NUMBER NEWLINE ENDMARKER") << n;
  }
  EXPECT_EQ(names("1if x else 2"), "NUMBER KW_IF NAME KW_ELSE NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, Strings) {
  for (const char* s : {"'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"\"\"", "r'\\d'", "b'x'", "Rb'x'", "bR'x'",
                        "f'{x}'", "rf'x'", "Fr'x'", "u'x'", "'it\\'s'", "'a\\\nb'"}) {
    EXPECT_EQ(names(s), "STRING NEWLINE ENDMARKER") << s;
  }
  EXPECT_EQ(names("'a' 'b'"), "STRING STRING NEWLINE ENDMARKER");
}

TEST(Lexer, UnicodeIdentifiers) {
  EXPECT_EQ(names("이름 = '값'"), "NAME EQUAL STRING NEWLINE ENDMARKER");
  EXPECT_EQ(names("café_π = 1"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, Positions) {
  py::Source src("main.py", "x = 1\n  # c\nif 한 == 'b':\n    pass\n");
  py::LexResult r = py::tokenize(src);
  ASSERT_FALSE(r.error);
  const py::Token& if_tok = r.tokens[4];
  EXPECT_EQ(if_tok.kind, py::Tok::KW_IF);
  EXPECT_EQ(if_tok.line, 3);
  EXPECT_EQ(if_tok.col, 0);
  const py::Token& str = r.tokens[7];
  EXPECT_EQ(str.kind, py::Tok::STRING);
  EXPECT_EQ(str.col, 10);  // bytes: "if " 3 + "한" 3 + " == " 4
  EXPECT_EQ(str.end_col, 13);
}

TEST(Lexer, Errors) {
  py::SyntaxError e = lex_error("x = 'abc\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.column, 5);
  e = lex_error("s = '''abc\n\nx");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 3)");
  e = lex_error("x = 1abc\n");
  EXPECT_EQ(e.message, "invalid decimal literal");
  e = lex_error("x = 0x\n");
  EXPECT_EQ(e.message, "invalid hexadecimal literal");
  e = lex_error("x = 0b12\n");
  EXPECT_EQ(e.message, "invalid digit '2' in binary literal");
  e = lex_error("x = 012\n");
  EXPECT_EQ(e.message, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  e = lex_error("x = (1,\n2\n");
  EXPECT_EQ(e.message, "'(' was never closed");
  EXPECT_EQ(e.line, 1);
  e = lex_error("x = 1)\n");
  EXPECT_EQ(e.message, "unmatched ')'");
  e = lex_error("x = (1]\n");
  EXPECT_EQ(e.message, "closing parenthesis ']' does not match opening parenthesis '('");
  e = lex_error("if x:\n    y\n  z\n");
  EXPECT_EQ(e.kind, py::ErrorKind::IndentationError);
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  e = lex_error("if x:\n        y\n\tz\n");
  EXPECT_EQ(e.kind, py::ErrorKind::TabError);
  e = lex_error("x = 3 \xe2\x80\x93 2\n");
  EXPECT_EQ(e.message, "invalid character '\xe2\x80\x93' (U+2013)");
  e = lex_error("x = $\n");
  EXPECT_EQ(e.message, "invalid syntax");
}

}  // namespace
