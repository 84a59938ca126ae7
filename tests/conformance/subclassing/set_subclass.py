# Subclasses of set and frozenset.
class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)


t = Tags(["a", "b"])
t.add_all("c", "d")
t.discard("d")
print(sorted(t), type(t).__name__, len(t), "a" in t, isinstance(t, set), t == {"a", "b", "c"}, {"a", "b", "c"} == t)
print(sorted(t | {"z"}), type(t | {"z"}).__name__, sorted(t & {"a"}), sorted(t - {"a"}), sorted(t ^ {"a", "q"}))
print(t <= {"a", "b", "c", "d"}, t.issubset("abc"), sorted(t.union("x")), type(t.union("x")).__name__)
t |= {"e"}
t -= {"a"}
print(sorted(t), type(t).__name__, bool(Tags()), repr(Tags()), repr(Tags([1])))
t.owner = "me"
print(t.owner, t.pop() in "bcde", len(t))
try:
    hash(t)
except TypeError as exc:
    print("TypeError:", exc)


class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __repr__(self):
        return "Frozen" + repr(sorted(self))


f = Frozen(3, 1, 2)
print(f, type(f).__name__, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})), {f: "ok"}[frozenset({1, 2, 3})])
print(f | {9}, type(f | {9}).__name__, sorted(f & {1, 5}), f == {1, 2, 3}, isinstance(f, frozenset))
print(repr(frozenset.__new__(Frozen, [5])), Frozen(), set(f) == {1, 2, 3})


class Seen(set):
    def __contains__(self, item):
        return super().__contains__(str(item))

    def __len__(self):
        return 7

    def __iter__(self):
        return iter(["fixed"])


s = Seen({"1", "2"})
print(1 in s, 3 in s, len(s), list(s), bool(s), sorted(set.__iter__(s)))
