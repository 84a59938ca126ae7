print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], 5 in r, 4 in r)
print(list(r[1:3]), sum(range(101)))
for i in range(3, 0, -1):
    print("countdown", i)
print(range(5) == range(0, 5), list(range(-5, -1)))
