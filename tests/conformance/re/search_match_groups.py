import re

tests = [
    (r"\d+", "abc 123 def 45"), (r"(\w+)@(\w+)\.com", "mail bob@example.com and al@x.com"), (r"a*", "baaac"),
    (r"\bcat\b", "cat concat cat."), (r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-03 and 1999-12"),
    (r"(a|b)+", "xxababbay"), (r"a.c", "abc a\nc"), (r"(\d+)(?=px)", "10px 20em 30px"), (r"(?<=\$)\d+", "cost $45 and $7"),
    (r"(?<!\$)\b\d+", "cost $45 and 7"), (r"(\w)\1", "hello aabbc"), (r"<.*?>", "<a><b></b>"), (r"<.*>", "<a><b></b>"),
    (r"(\d{1,3})(?:,(\d{3}))*", "1,234,567"), (r"a{2,}?", "aaaa"), (r"^(\w+)$", "one\ntwo"), (r"$", "a\n"),
    (r"b\Z", "abb\n"), (r"(a)|(b)", "ab"), (r"(a*)*", "aab"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"[]a-]+", "]-a"),
]
for pat, text in tests:
    p = re.compile(pat)
    m = p.search(text)
    print(repr(pat), p.groups, m, m and m.groups(), m and m.groupdict(), m and (m.lastindex, m.lastgroup))
    print("  findall", p.findall(text), "split", p.split(text))
    print("  sub", p.sub("<\\g<0>>", text), p.subn(lambda mm: mm.group(0).upper(), text))
    print("  match", p.match(text), p.fullmatch(text), [mm.span() for mm in p.finditer(text)])

m = re.match(r"(?P<k>\w+)=(?P<v>\w*)", "key=value; rest")
print(m.group(), m.group(1), m.group("v"), m.group(1, 2), m["k"], m.start(2), m.end(), m.span("v"))
print(m.string, m.re, m.pos, m.endpos, m.regs, m.expand(r"\g<v>:\1"))
print(re.compile(r"o").search("hello world", 5), re.compile(r"o").match("hello world", 4),
      re.compile(r"o$").search("hello world", 0, 5))
print(len(re.findall(r"a+", "a" * 3000 + "b" + "a" * 3)), re.match(r"(ab)*c", "ab" * 2000 + "c").end())
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
