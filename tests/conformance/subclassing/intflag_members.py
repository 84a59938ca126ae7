# IntFlag members are ints that combine into members.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw, f"{rw}", format(rw, "03b"), isinstance(rw, int), rw == 6, type(rw).__name__)
print(repr(Perm.R | 1), repr(Perm.R & Perm.W), repr(~Perm.R), Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(rw + 1, type(rw + 1).__name__, rw & 2, type(rw & 2).__name__, 6 | Perm.X, int(rw), bool(Perm(0)))
print(Perm(7), repr(Perm(7)), Perm(3) == Perm.W | Perm.X, hash(Perm.R) == hash(4), {4: "r"}[Perm.R])
print(sorted([Perm.X, Perm.R, Perm.W]), [m.name for m in Perm], Perm.R.value, (rw & Perm.R).name)
