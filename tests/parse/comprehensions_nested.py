matrix = [[i * j for j in range(5)] for i in range(5)]
flat = [x for row in matrix for x in row if x if x % 2 == 0]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
pairs = {(a, b) for a in range(3) for b in range(a)}
lookup = {k: [v for v in range(k)] for k in range(4) if k}
gen = (x * y for x, y in zip(range(3), range(3, 6)))
total = sum(x for x in range(100) if x % 3 == 0)
nested_gen = list((y for y in (x for x in range(10))))
walrus = [y for x in range(10) if (y := x * 2) > 5]
unpack = [(a, *rest) for a, *rest in [(1, 2, 3), (4, 5)]]
cond = [x if x > 0 else -x for x in [-1, 2, -3]]
lambdas = [lambda x, i=i: x + i for i in range(3)]
dicts = [{**d, "k": i} for i, d in enumerate([{}, {"a": 1}])]
print(matrix, flat, transposed, pairs, lookup, list(gen), total, nested_gen, walrus, unpack, cond, dicts)
