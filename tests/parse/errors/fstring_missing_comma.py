a = b = 1
x = f"{a b}"
