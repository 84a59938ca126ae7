// Follows CPython 3.11's traceback.StackSummary.format_frame_summary, quirks included: columns
// are UTF-8 byte offsets turned into code points, widths count East Asian wide characters as two,
// and the binary-operator anchor mixes byte and character offsets as CPython's does (it only
// shows for a line with non-ASCII text left of the operator).
#include "py/traceback_carets.hpp"

#include <optional>

#include "py/ast_arena.hpp"
#include "py/parser.hpp"
#include "py/source.hpp"

namespace py {

namespace {

using Text = std::u32string;

Text decode(std::string_view s) {
  Text out;
  for (size_t i = 0; i < s.size();) {
    int32_t cp = utf8_decode(s, i);
    out.push_back(cp < 0 ? 0xFFFD : static_cast<char32_t>(cp));
  }
  return out;
}

std::string encode(const Text& t) {
  std::string out;
  for (char32_t c : t) utf8_append(out, c);
  return out;
}

// Python's str.isspace() for the characters a source line can hold.
bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
         c == 0x205f || c == 0x3000;
}

// unicodedata.east_asian_width(c) in "WF" (the main ranges of Unicode's table).
bool is_wide(char32_t c) {
  static const char32_t ranges[][2] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
      {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
      {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
      {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
      {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
      {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
      {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
      {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
      {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
      {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
      {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
      {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
      {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
      {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
      {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
      {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
      {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
  };
  if (c < 0x1100) return false;
  for (const auto& r : ranges) {
    if (c < r[0]) return false;
    if (c <= r[1]) return true;
  }
  return false;
}

// traceback._display_width: columns `t[:offset]` takes on a terminal.
long display_width(const Text& t, long offset) {
  long width = 0;
  for (long i = 0; i < offset && i < static_cast<long>(t.size()); ++i) width += is_wide(t[i]) ? 2 : 1;
  return width + std::max(0L, offset - static_cast<long>(t.size()));
}

// traceback._byte_offset_to_character_offset: code points in the first `offset` bytes of `s`.
long char_offset(std::string_view s, long offset) {
  if (offset <= 0) return 0;
  if (offset > static_cast<long>(s.size())) offset = static_cast<long>(s.size());
  return utf8_length(s.substr(0, static_cast<size_t>(offset)));
}

struct Anchors {
  long left_end, right_start;  // in code points of the segment
};

// traceback._extract_caret_anchors_from_line_segment: where the operator of a binary operation
// or the brackets of a subscript are, if the segment is one of those.
std::optional<Anchors> caret_anchors(const std::string& segment, TracebackStyle style) {
  ast::Arena arena;
  Source src("<segment>", segment);
  ParseResult parsed = parse_module(src, arena);
  if (!parsed.module || parsed.module->body.size() != 1 || parsed.module->body[0]->kind != ast::StmtKind::Expr) {
    return std::nullopt;
  }
  ast::Expr* e = ast::as<ast::ExprStmt>(parsed.module->body[0])->value;
  Text seg = decode(segment);
  long n = static_cast<long>(seg.size());
  auto norm = [&](long bytes) { return char_offset(segment, bytes); };
  if (e->kind == ast::ExprKind::BinOp && style == TracebackStyle::Interpreter) {
    // The first character after the left operand that is neither a space nor its ')'.
    auto* b = ast::as<ast::BinOp>(e);
    long i = b->left->loc.end_col_offset, stop = b->right->loc.col_offset;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; };
    while (i < stop && (space(segment[i]) || (segment[i] == ')' && i + 1 < stop))) ++i;
    if (i >= stop) return std::nullopt;
    long right = i + 1;
    if (i + 1 < stop && !space(segment[i + 1])) ++right;
    return Anchors{norm(i), norm(right)};
  }
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = ast::as<ast::BinOp>(e);
    long op_start = norm(b->left->loc.end_col_offset), op_end = norm(b->right->loc.col_offset);
    if (op_end < op_start) return std::nullopt;
    Text op = seg.substr(static_cast<size_t>(op_start), static_cast<size_t>(op_end - op_start));
    long op_offset = 0;
    while (op_offset < static_cast<long>(op.size()) && is_space(op[op_offset])) ++op_offset;
    long left = b->left->loc.end_col_offset + op_offset;  // bytes plus code points, as CPython
    long right = left + 1;
    if (op_offset + 1 < static_cast<long>(op.size()) && !is_space(op[op_offset + 1])) ++right;
    while (left < n && (is_space(seg[left]) || seg[left] == ')' || seg[left] == '#')) {
      ++left;
      ++right;
    }
    return Anchors{norm(left), norm(right)};
  }
  if (e->kind == ast::ExprKind::Subscript) {
    auto* s = ast::as<ast::Subscript>(e);
    long left = norm(s->value->loc.end_col_offset), right = norm(s->slice->loc.end_col_offset + 1);
    while (left < n && seg[left] != '[') ++left;
    while (right < n && seg[right] != ']') ++right;
    if (right < n) ++right;
    return Anchors{left, right};
  }
  return std::nullopt;
}

}  // namespace

std::string frame_source_lines(std::string_view raw, const Position& pos, TracebackStyle style) {
  bool module_style = style == TracebackStyle::Module;
  Text line = decode(raw);
  long len = static_cast<long>(line.size());
  long lead = 0, end_text = len;
  while (lead < len && is_space(line[lead])) ++lead;
  while (end_text > lead && is_space(line[end_text - 1])) --end_text;
  if (lead == end_text) return "";
  // The interpreter strips only the indentation (and "\r") of the line it shows.
  long shown_end = len;
  while (!module_style && shown_end > lead && line[shown_end - 1] == '\r') --shown_end;
  Text stripped = line.substr(static_cast<size_t>(lead), static_cast<size_t>((module_style ? end_text : shown_end) - lead));
  long stripped_len = static_cast<long>(stripped.size());
  std::string out = "    " + encode(stripped) + "\n";
  if (pos.col < 0 || pos.end_col < 0) return out;

  long start = char_offset(raw, pos.col), end = char_offset(raw, pos.end_col);
  std::optional<Anchors> anchors;
  Text segment;
  if (pos.line == pos.end_line) {
    if (end > start) segment = line.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    anchors = caret_anchors(encode(segment), style);
  } else {
    end = end_text;  // the rest of the first line
  }
  bool spans_line = end - start >= stripped_len;
  if (spans_line && !(anchors && anchors->right_start - anchors->left_end > 0)) return out;

  // CPython's line as read by linecache ends with "\n": the newline counts as stripped.
  long stripped_chars = module_style ? (len + 1) - stripped_len : lead + 1;
  long dp_start = display_width(line, start) + 1, dp_end = display_width(line, end) + 1;
  auto repeat = [](char c, long n) { return std::string(static_cast<size_t>(std::max(0L, n)), c); };
  out += "    " + repeat(' ', dp_start - stripped_chars);
  if (anchors) {
    long dp_left = display_width(segment, anchors->left_end), dp_right = display_width(segment, anchors->right_start);
    out += repeat('~', dp_left) + repeat('^', dp_right - dp_left) + repeat('~', dp_end - dp_start - dp_right);
  } else {
    out += repeat('^', dp_end - dp_start);
  }
  return out + "\n";
}

}  // namespace py
