for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)

count = 0
while True:
    count += 1
    if count == 3:
        continue
    if count > 5:
        break
    print("count", count)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 3:
    i += 1
else:
    print("while finished with", i)
