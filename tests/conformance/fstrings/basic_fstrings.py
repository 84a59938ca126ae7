name = "민수"
age = 20
print(f"이름: {name}, 나이: {age}")
print(f"{age + 1}살이 됩니다")
print(f"{name!r} {name!s}")
pi = 3.14159265
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{42:5d}|{42:<5d}|{42:^5}|{42:05}")
print(f"{1234567:,} {0.25:.0%} {255:x} {255:X} {255:#x} {5:b} {8:o}")
print(f"{'left':<10}|{'right':>10}|{'mid':*^9}")
items = ["a", "b"]
print(f"{len(items)} items: {items}")
print(f"{{literal braces}}")
