def min_max(nums):
    return min(nums), max(nums)

lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)
result = min_max([2, 2])
print(result, type(result))

def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    return n, mean

count, mean = stats([1, 2, 3, 4])
print(f"count={count}, mean={mean}")
