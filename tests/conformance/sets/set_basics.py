fruits = {"apple", "banana", "apple", "cherry"}
print(len(fruits), "apple" in fruits, "grape" in fruits)
nums = {3, 1, 2, 3, 1}
print(nums, sorted(nums))
nums.add(10)
nums.discard(1)
nums.remove(2)
print(sorted(nums))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a.isdisjoint({9}))
print(set(), set([1, 1, 2]), set("hello") == {"h", "e", "l", "o"})
empty = set()
print(len(empty), bool(empty), type(empty).__name__)
