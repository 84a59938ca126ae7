# A subclass of str: methods return plain str, its own methods and attributes work.
class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("hello")
print(t, repr(t), type(t).__name__, isinstance(t, str), len(t), t.shout())
print(t.upper(), type(t.upper()).__name__, type(t[1:]).__name__, t[0], t[::-1], type(t + "x").__name__)
print(t + " world", "say " + t, t * 2, type(t * 2).__name__, "ell" in t, t.startswith("he"))
print(t == "hello", "hello" == t, t < "world", hash(t) == hash("hello"), {t: 1}["hello"], {"hello": 2}[t])
print(str(t), type(str(t)).__name__, f"{t}", f"{t!r}", f"{t:>8}|", "%s-%r" % (t, t), format(t, "^9"))
print("-".join([t, Tag("b")]), t.split("l"), t.replace("l", "L"), list(t), sorted(t))
print(t.strip(), type(t.strip()).__name__, t.title(), t.count("l"), t.find("lo"), t.encode())
print(json_ok := __import__("json").dumps({t: [t]}), int(Tag("12")) + 1, float(Tag("1.5")))


class Path(str):
    def __new__(cls, *parts):
        return super().__new__(cls, "/".join(parts))

    def __init__(self, *parts):
        self.parts = parts

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]


p = Path("usr", "lib", "python")
print(p, p.parts, p.name, p.upper(), len(p))
p.extra = 1
print(sorted(vars(p)))


class Upper(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())

    def __eq__(self, other):
        return str.__eq__(self, other.upper())

    __hash__ = str.__hash__


print(Upper("abc"), Upper("abc") == "abc", Upper("x") in ["X"], Upper("q") == "Q")
print(Tag(), repr(Tag()), bool(Tag()), Tag(5), Tag([1, 2]))
