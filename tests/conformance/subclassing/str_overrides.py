# Overridden dunders of a str subclass: __len__, __getitem__, __contains__, __iter__, __add__.
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, item):
        return item.lower() in self.lower()


c = Caseless("Hello")
print(c == "HELLO", c != "hello", "HeLLo" in {c}, "ELL" in c, c in ["hello"])


class Spaced(str):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

    def __iter__(self):
        return iter(["x", "y"])

    def __add__(self, other):
        return Spaced(str(self) + " " + str(other))

    def __str__(self):
        return "Spaced(" + str.__str__(self) + ")"


s = Spaced("ab")
print(len(s), s[0], s[0:1], list(s), s + "cd", type(s + "cd").__name__)
print(s, str(s), repr(s), f"{s}", "%s" % s, "".join(["a", s]), s.upper())
print(str.__len__(s), str.__repr__(s), super(Spaced, s).__str__())
