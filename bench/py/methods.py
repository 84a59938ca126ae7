# Method calls on classes: attribute access, inheritance, super(), properties.
class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def move(self, dx):
        self.moves += dx
        return self.moves


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def area(self):
        return super().area() + 0


def run(n):
    shapes = [Rect(i % 10 + 1, i % 7 + 1) if i % 2 else Square(i % 5 + 1) for i in range(100)]
    total = 0
    for i in range(n):
        s = shapes[i % 100]
        total += s.area() + s.perimeter
        s.move(1)
    return total, sum(s.moves for s in shapes)


print(run(900_000))
