# Dunders defined on an int subclass win over int's; the rest stay int's.
class Modular(int):
    modulus = 7

    def __add__(self, other):
        return Modular((int(self) + int(other)) % self.modulus)

    def __radd__(self, other):
        return self.__add__(other)

    def __mul__(self, other):
        return Modular(super().__mul__(other) % self.modulus)

    def __eq__(self, other):
        return int(self) % self.modulus == int(other) % self.modulus

    def __hash__(self):
        return hash(int(self) % self.modulus)

    def __repr__(self):
        return f"{int(self)} (mod {self.modulus})"


a = Modular(5)
print(a + 4, 4 + a, a * 3, a - 1, type(a - 1).__name__)
print(a == 12, a == 5, a != 12, {a: "five"}.get(Modular(12)))
print(repr(a), str(a), f"{a}", a < 6)


class Counted(int):
    def __bool__(self):
        return int(self) > 10

    def __neg__(self):
        return "negated"


print(bool(Counted(5)), bool(Counted(50)), -Counted(1), ~Counted(1))
if not Counted(3):
    print("small counts are falsy")
print(super(Modular, a).__add__(1), int.__add__(a, 1), int.__mul__(2, 3), int.__radd__(1, 2))
print(int.__eq__(a, 12), int.__lt__(1, 2), int.__hash__(7), int.__repr__(a))
