colors = ("red", "green")
print(colors)
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
colors[0] = "blue"
