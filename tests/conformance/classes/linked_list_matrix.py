class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "empty"

ll = LinkedList()
print(ll)
for i in range(5):
    ll.push(i * i)
print(ll, len(ll), list(ll), 9 in ll, sum(ll))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self.rows)

m = Matrix([[1, 2], [3, 4]])
print(m @ m)
print(m[1, 0])

class Meta:
    count = 0
    def __init_subclass__(cls):
        pass

class Stack:
    def peek(self):
        return self[-1]

s = [1, 2, 3]
s.append(4)
print(s[-1], len(s), s, isinstance(s, list))

class Money:
    def __init__(self, amount):
        self.amount = amount
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.amount})"
    def __lt__(self, other):
        return self.amount < other.amount

print(sum([Money(5), Money(7)]), sorted([Money(3), Money(1)]))
try:
    Money(1) + 5
except TypeError as e:
    print(e)
