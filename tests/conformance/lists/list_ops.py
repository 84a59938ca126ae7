a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5)
print(sum(a), max(b), min(a + b), len(a * 3))
print(a == [1, 2, 3], a < [1, 2, 4], [1, 2] < [1, 2, 0])
c = a
c.append(99)
print(a, c is a, a.copy() is a)
print(a.count(99), [1, 1, 2].count(1))
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], len(matrix))
for row in matrix:
    print(row)
print([[0] * 3 for _ in range(2)])
