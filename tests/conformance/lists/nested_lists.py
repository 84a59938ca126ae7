grid = [[0 for _ in range(3)] for _ in range(3)]
grid[1][1] = 5
grid[0][2] = 7
for row in grid:
    print(" ".join(str(x) for x in row) if False else " ".join([str(x) for x in row]))
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
flat = [x for row in grid for x in row]
print(flat, sum(flat))
