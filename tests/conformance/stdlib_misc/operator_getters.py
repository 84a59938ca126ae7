import operator as op


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self if age > 100 else None

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

    def __repr__(self):
        return f"P({self.name!r})"


people = [P("bo", 30), P("al", 25), P("cy", 35)]
print(sorted(people, key=op.attrgetter("age")), sorted(people, key=op.attrgetter("name")))
print(op.attrgetter("name", "age")(people[0]), op.attrgetter("inner.name")(P("old", 101)))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 1)(rows[0]), op.itemgetter(-1)("xyz"))
print(op.itemgetter("k")({"k": 5}), op.itemgetter(2)([1, 2, 3]), list(map(op.itemgetter(0), rows)))
print(op.methodcaller("greet", "hi")(people[0]), op.methodcaller("greet", "yo", punct="?")(people[1]))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"))
print(op.itemgetter(1), op.itemgetter(1, "a"), op.attrgetter("x.y", "z"), op.methodcaller("f", 1, k=2), op.methodcaller("g"))
for f in [lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.itemgetter(5)([1]),
          lambda: op.attrgetter("zz")(1), lambda: op.methodcaller(), lambda: op.methodcaller(1),
          lambda: op.itemgetter(0)(), lambda: op.attrgetter("a")(1, 2), lambda: op.methodcaller("nope")(1),
          lambda: op.itemgetter("k")({})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
