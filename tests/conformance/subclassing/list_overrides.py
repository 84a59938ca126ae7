# Overridden dunders of a list subclass are called by the operators and builtins.
class Logged(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []

    def __getitem__(self, index):
        self.log.append(("get", index))
        return super().__getitem__(index)

    def __setitem__(self, index, value):
        self.log.append(("set", index))
        super().__setitem__(index, value)

    def __delitem__(self, index):
        self.log.append(("del", index))
        super().__delitem__(index)

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, item):
        self.log.append(("in", item))
        return super().__contains__(item)

    def __iter__(self):
        self.log.append(("iter",))
        return super().__iter__()

    def __repr__(self):
        return "Logged(" + super().__repr__() + ")"

    def __eq__(self, other):
        return "eq called"

    def append(self, item):
        self.log.append(("append", item))
        super().append(item)


l = Logged([1, 2, 3])
print(l[0], l[1:], len(l), 2 in l, list(l), l == [1], l)
l[0] = 9
del l[1]
l.append(4)
print(l, l.log)
print(bool(Logged()), bool(l), [x for x in l], list.__len__(l), list.__repr__(l))


class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        self.append(item)
        self.sort()


sl = Sorted([5, 1, 3])
sl.add(2)
print(sl, sl[0], type(sl).__name__, Sorted("cab"))
