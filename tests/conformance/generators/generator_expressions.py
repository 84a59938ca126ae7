nums = [1, 2, 3, 4, 5]
print(sum(x * x for x in nums))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(n > 4 for n in nums), all(n > 0 for n in nums))
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
print(",".join(str(n) for n in nums))
print(sorted((n % 3, n) for n in nums))
print(tuple(c.upper() for c in "abc"))
