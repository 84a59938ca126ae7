for i in range(1, 6):
    print("*" * i)
for i in range(4, 0, -1):
    print(" " * (4 - i) + "*" * (2 * i - 1))
pairs = []
for a in range(1, 4):
    for b in range(a, 4):
        pairs.append((a, b))
print(pairs)
