# Calling a builtin type's methods through the type with the wrong self, or the wrong number of
# arguments, and subclassing what can't be subclassed: TypeErrors, as in CPython.
calls = [
    lambda: list.append(5, 1),
    lambda: list.__init__(5),
    lambda: dict.get(1, 2),
    lambda: str.upper(b"x"),
    lambda: int.__add__("a", 1),
    lambda: int.__radd__(1),
    lambda: int.__lt__(1, 2, 3),
    lambda: int.__repr__(1, 2),
    lambda: int.__new__(str),
    lambda: tuple.__new__(list),
    lambda: int.__new__(5),
    lambda: dict.fromkeys(),
]
for call in calls:
    try:
        print(call())
    except TypeError as exc:
        print("TypeError:", exc)

print(int.__add__(2, 3), int.__radd__(2, 3), str.__add__("a", "b"), list.__len__([1, 2]), dict.__contains__({1: 2}, 1))
print(tuple.__getitem__((1, 2), 1), float.__mul__(1.5, 2), int.__eq__(1, 1.0), int.__add__(1, 1.5), object.__eq__(3, 3))
try:
    class Flag(bool):
        pass
except TypeError as exc:
    print("TypeError:", exc)
try:
    class Weird(int, str):
        pass
except TypeError as exc:
    print("TypeError:", exc)
