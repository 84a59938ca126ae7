import re

data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print(f"List is too long ({n} elements, expected <= 5)")

while (chunk := data[:2]):
    data = data[2:]
    print(chunk)

filtered = [y for x in range(10) if (y := x ** 2) > 10]
print(filtered, y)
if m := re.match(r"(\d+)", "123abc"):
    print(m.group(1))
print((z := 5), z)
f = lambda: (w := 3)
print(f())
values = {"a": (v := 1), "b": v + 1}
print(values, [v := 10, v ** 2])
