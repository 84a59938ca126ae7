import re

print(re.IGNORECASE | re.MULTILINE, re.I, re.compile(r"\d", re.I | re.M), re.compile("x", re.S | re.X | re.A))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("(?i)a").flags, re.compile("a", re.A).flags)
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"), re.findall(r".+", "a\nb", re.S))
print(re.findall(r"a # letter a\n b  # then b", "ab", re.X), re.findall(r"(?x) a \  b", "a b"))
print(re.findall(r"HELLO", "hello Hello", re.I), re.findall(r"[a-c]+", "ABCabc", re.IGNORECASE))
print(re.findall(r"\w+", "naïve café 123"), re.findall(r"\w+", "naïve café", re.A), re.findall(r"[а-я]+", "привет мир"))
print(re.escape("a.b*c?d(e)f [x] {1} $ ^ | \\ - # &~"), re.escape("plain_text_123"))

for bad in ["(", ")", "[a", "*a", "a**", "a{3,1}", r"\q", "(?P<1>a)", r"(a)\2", "(?<=a+)b", "(?P=x)", "x\n(",
            "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error as e:
        print("re.error:", repr(bad), "|", e, "|", e.msg, e.pos)
for args in [(r"(a)", r"\2", "a"), (r"(a)", r"\g<x>", "a"), (r"a", r"\q", "a"), (r"a", r"\g<0>\n!", "a")]:
    try:
        print(repr(re.sub(*args)))
    except (re.error, IndexError) as e:
        print(type(e).__name__ + ":", e)
for call in (lambda: re.search("a", 5), lambda: re.compile(5), lambda: re.sub("a", 5, "a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    raise re.error("custom")
except re.error as e:
    print(isinstance(e, Exception), e.msg, e.pos)
