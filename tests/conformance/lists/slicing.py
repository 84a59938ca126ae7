nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::2], nums[::-1], nums[1:8:3])
print(nums[5:2], nums[100:], nums[-100:2])
nums[2:4] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
copy = nums[:]
copy.append("new")
print(len(nums), len(copy))
s = "abcdefg"
print(s[1:-1], s[::3], s[-2::-2])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
