values = [4, 9, 16]
roots = [r for v in values if (r := int(v ** 0.5)) > 2]
print(roots, r)

def last_big(nums):
    found = [n for n in nums if (big := n) > 10]
    return found, big

print(last_big([5, 20, 30, 1]))
