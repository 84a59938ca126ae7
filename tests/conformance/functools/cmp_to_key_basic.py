from functools import cmp_to_key


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: a - b)), max("abc", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))


def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs)


print(largest_number([3, 30, 34, 5, 9]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2), K(1) >= K(0))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
print(K(5).obj)
