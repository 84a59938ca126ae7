square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2))
nums = [5, 3, 8, 1]
print(list(map(lambda n: n * 2, nums)))
print(list(filter(lambda n: n > 3, nums)))
print(sorted(nums, key=lambda n: -n))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))
print((lambda: "no args")())
