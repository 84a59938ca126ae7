def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print("now an empty list:")
print(average([]))
print("never printed")
