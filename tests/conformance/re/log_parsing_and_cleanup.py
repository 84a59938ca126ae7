import re
log = """2024-03-09 08:00:01 INFO  server started on port 8080
2024-03-09 08:00:05 WARN  disk usage at 91%
2024-03-09 08:01:17 ERROR failed to connect to db: timeout after 30s
2024-03-09 08:02:00 INFO  user alice logged in from 10.0.0.12
2024-03-09 08:03:45 ERROR user bob: invalid password (attempt 3)
"""
pattern = re.compile(r"^(?P<date>\S+) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.MULTILINE)
for m in pattern.finditer(log):
    print(m.group("level"), m["time"], m.group("msg")[:20], m.span("msg"))
print(Counter := {})
for level in re.findall(r"\b(INFO|WARN|ERROR)\b", log):
    Counter[level] = Counter.get(level, 0) + 1
print(Counter)
print(re.findall(r"\d+\.\d+\.\d+\.\d+", log), re.findall(r"(\d+)%", log), re.search(r"port (\d+)", log).group(1))
emails = "Contact: john.doe@example.com, jane_smith99@mail.co.uk; bad@, @bad.com"
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", emails))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-03-09, paid 2024-04-01"))
print(re.split(r"\s*[,;]\s*", "apples, pears ;bananas,kiwis"))
phone = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234"]:
    m = phone.match(p)
    print(p, "->", m.groups() if m else None)
words = "The quick brown fox jumps over the lazy dog. THE END"
print(re.findall(r"\bthe\b", words, re.IGNORECASE), len(re.findall(r"\w+", words)))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), words))
print(re.fullmatch(r"[A-Za-z_]\w*", "valid_name1") is not None, re.fullmatch(r"[A-Za-z_]\w*", "1bad"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower(), re.sub(r"([a-z])([A-Z])", r"\1_\2", camel).lower())
print(re.findall(r"\d+(?:\.\d+)?", "pi is 3.14, e is 2.718 and 42"), re.match(r"(\d+)-(\d+)?", "12-").groups())
print(re.sub(r"\s+", "", " a b \n c "), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.split("x*", "axbc"))
print(re.findall(r"(?:ab)+", "ababab abab"), re.findall(r"a|ab", "ab"), re.search(r"(\w+)\s\1", "hello hello world").group())
big = "word " * 2000
print(len(re.findall(r"\w+", big)), len(re.sub(r"o", "0", big)))
print(re.compile(r"(?x) \d+  # digits\n  [a-z]"), repr(re.compile("a\\b")), re.compile(r"\d").pattern)
print(re.search(r"[^\W\d]+", "123 abc"), re.findall(r"[\s\S]", "a\nb"), re.findall(r"\W+", "a, b! c"))
print(re.match("(a)(b)?", "a").groups("-"), re.match("(?P<x>a)(?P<y>b)?", "a").groupdict(0))
it = re.finditer(r"\d", "a1b2")
print(next(it).group(), [m.group() for m in it])
