from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque([1, 2]) < deque([1, 2, 3]), deque() == deque(), deque([1]) == deque([1], maxlen=5))
print(deque([(1, "a")]) < deque([(1, "b")]))
print(deque([[1, 2], {"k": "v"}, None, "s", 1.5]))
d = deque([1])
d.append(d)
print(d)
print(repr(deque([], maxlen=2)), str(deque([1, 2], 2)))
print(sorted(deque([3, 1, 2])), max(deque([3, 1, 2])), sum(deque([1, 2, 3])))
print(list(enumerate(deque("ab"))))
print(", ".join(deque(["x", "y"])))
x, y, z = deque([1, 2, 3])
print(x, y, z)
print([*deque([1, 2]), *deque([3])])


class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n

    def __repr__(self):
        return f"Item({self.n})"


items = deque([Item(1), Item(2), Item(3)])
print(Item(2) in items)
print(items.count(Item(3)))
print(items.index(Item(2)))
items.remove(Item(2))
print(items)
