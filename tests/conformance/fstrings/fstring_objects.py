class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(f"{p}")
print(f"{p!r}")
print(f"point is {p} / {str(p)} / {repr(p)}")
print(f"{None} {True} {3.0} {[1, 'a']}")
