width = 8
precision = 2
value = 12.3456
print(f"{value:{width}.{precision}f}|")
data = {"x": 1, "y": 2}
print(f"{data['x']} and {data['y']}")
print(f"{'yes' if value > 10 else 'no'}")
print(f"{[i * i for i in range(4)]}")
x = 5
print(f"{x=}", f"{x * 2 = }")
print(f"{-3:+d} {3:+d} {3.0:e} {1e-7:g} {123456789.0:g}")
