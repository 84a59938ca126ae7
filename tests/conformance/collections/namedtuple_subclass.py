from collections import namedtuple


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)


v = Vector(1, 2)
w = Vector(3, 4)
print(v, w, v + w, v.norm2, w.scaled(2), type(v.scaled(1)).__name__)
print(v == (1, 2), sorted([w, v]), v._asdict())
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cid", "eng", 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: e.salary)[0])
for name, dept, salary in staff:
    print(f"{name:>5} {dept} {salary}")
Pair = namedtuple("Pair", "left right")
print(Pair(Pair(1, 2), [3]), Pair("a", None))
