from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM}")
print(Priority.HIGH > Priority.LOW, Priority.LOW == 1, Priority.HIGH + 1, 10 * Priority.MEDIUM)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))
print(Priority(2), int(Priority.HIGH), Priority.LOW < 2, Priority.MEDIUM.bit_length())
print({1: "one"}[Priority.LOW], hash(Priority.LOW) == hash(1))


class Method(str, Enum):
    GET = "get"
    POST = "post"


print(Method.GET, repr(Method.GET), Method.GET == "get", Method.GET.upper(), f"{Method.POST}")
print(Method("post"), Method.POST.value)


class Fruit(StrEnum):
    APPLE = auto()
    BANANA = "yellow"


print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.BANANA == "yellow", f"[{Fruit.APPLE}]")


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X))
print(repr(Perm(0)), Perm(0), repr(Perm(7)), repr(~Perm.R), Perm.R | Perm.R is Perm.R)
print(repr(rw & Perm.W), rw == Perm.R | Perm.W, len(rw))


class Feature(Flag):
    A = auto()
    B = auto()
    C = auto()


print([f.value for f in Feature], repr(Feature.A | Feature.C))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(repr(m), m, m == 6, Mode.READ in m, repr(Mode(0)), m & Mode.WRITE == Mode.WRITE)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
