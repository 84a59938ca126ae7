# match: compile-time errors (through compile()) and runtime errors of class and mapping patterns.
for src in [
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case [a, b] | (a, b):\n        print(a, b)\n",
    "match x:\n    case y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (_ as y):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case 1 | z:\n        pass\n",
]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        where = "" if e.msg.startswith("alternative") else e.offset  # CPython points inside the alternative
        print(type(e).__name__, e.msg, e.lineno, where)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


for subject, label in [(NoArgs(), "no __match_args__"), (BadArgs(), "list __match_args__")]:
    try:
        match subject:
            case NoArgs(1):
                pass
            case BadArgs(1):
                pass
    except TypeError as e:
        print(label, type(e).__name__, e)


def classify(p):
    match p:
        case {"x": int(x), "y": int(y)} if x == y:
            return "diagonal"
        case {"x": int(), "y": int()}:
            return "point"
        case [*_, last] if last == "end":
            return "ends"
        case str() | bytes():
            return "text"
    return "nothing"


print([classify(v) for v in [{"x": 1, "y": 1}, {"x": 1, "y": 2}, {"x": "1", "y": 2}, ["a", "end"], "s", b"b", 3]])
match = {"match": 1}
case = match["match"]
print(match, case)
