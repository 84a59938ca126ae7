values = [0, 1, "", "a", [], [0], {}, {"k": 1}, None, 0.0, 3.5, (), (1,)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(bool(0), bool(42), bool(""), bool("x"))
print(not None, not 1)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
