from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["zzz"], len(c), "zzz" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter({"x": 3, "y": 1}), Counter(x=1, y=2), Counter(), Counter([]))
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1)[0])
c.update("aaz")
print(c)
c.update({"z": 10})
print(c.most_common(2))
c.subtract("aaaaaaa")
print(c["a"], c)
c.subtract(b=5)
print(c["b"])
print(c.total(), Counter("aab").total())
del c["not there"]
del c["r"]
print(c)
print(sum(Counter("hello").values()), sorted(Counter("hello").keys()))
print(dict(Counter("aab")), list(Counter("cba").items()))
print(Counter({"a": 1, "b": 1, "c": 2}).most_common())  # ties keep insertion order
inc = Counter()
for ch in "banana":
    inc[ch] += 1
print(inc, inc == Counter("banana"))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
