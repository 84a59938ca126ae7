nums = [1, 2, 2, 3, 3, 3]
print({n * n for n in nums})
print(sum(n for n in nums if n > 1))
print(list(x for x in range(5)))
gen = (c * 2 for c in "ab")
print(type(gen).__name__, list(gen))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(sorted({len(w) for w in "the cat sat on a mat".split()}))
