# IntEnum members are real ints (CPython 3.11 reprs, str and format).
import json
from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = 5


p = Priority.MEDIUM
print(repr(p), str(p), p, f"{p}", f"{p!r}", format(p, "03d"), "%s %d %r" % (p, p, p))
print(isinstance(p, int), type(p).__name__, p + 1, type(p + 1).__name__, p * 10, -p, p // 2, p ** 2)
print(p == 2, 2 == p, p < Priority.HIGH, p > 1, hash(p) == hash(2), bool(Priority.LOW), int(p), float(p))
print(sorted([Priority.HIGH, 3, Priority.LOW]), max(Priority), min(Priority), sum(Priority))
print({2: "two"}[p], ["a", "b", "c"][Priority.MEDIUM], range(Priority.HIGH), Priority(5), Priority["LOW"])
print(json.dumps({"p": p, "all": list(Priority)}), p.name, p.value, type(p.value).__name__)
print(list(Priority), len(Priority), Priority.HIGH in Priority, p.bit_length(), p.to_bytes(1, "big") if hasattr(p, "to_bytes") else b"\x02")
try:
    Priority(4)
except ValueError as exc:
    print("ValueError:", exc)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20

    def __str__(self):
        return self.name.lower()

    @property
    def louder(self):
        return Level(self + 10)


print(Level.DEBUG, repr(Level.DEBUG), f"{Level.INFO}", Level.DEBUG.louder, Level.DEBUG + Level.INFO)
tasks = {Level.INFO: "info", 10: "debug"}
print(tasks[20], tasks[Level.DEBUG], sorted(tasks))
