# Counter's repr orders by count (ties keep first-seen order); most_common, elements, total.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words.most_common(3))
print(words.most_common(0), words.most_common(-1), words.most_common()[-2:])
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
print(letters.total(), sum(letters.values()))
print(sorted(Counter(a=2, b=0, c=-1, d=1).elements()))
print(list(Counter("banana").elements()))
print(Counter(), Counter(x=0), Counter({"b": 1, "a": 2, "c": 2}))
print(repr(Counter("zzyx")), str(Counter("zzyx")), f"{Counter('ab')}")
c = Counter()
for word in ["spam", "eggs", "spam", "ham", "spam", "eggs"]:
    c[word] += 1
print(c)
c.update("spam spam".split())
c.update({"ham": 4})
c.update(eggs=-2)
print(c)
c.subtract(["spam"] * 10)
c.subtract({"ham": 1}, toast=1)
print(c)
print(+c, -c)
del c["missing"]
del c["toast"]
print(c, c["toast"])
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Mixed(Counter):
    pass
m = Mixed("aab")
print(m, type(m + m).__name__, isinstance(m, dict))
