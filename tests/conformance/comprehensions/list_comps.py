squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
words = ["Hello", "World", "파이썬"]
print([w.upper() for w in words], [len(w) for w in words])
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row])
print([[row[i] for row in matrix] for i in range(2)])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
