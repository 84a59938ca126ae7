tests = [
    lambda: 1 / 0,
    lambda: 10 % 0,
    lambda: [1][5],
    lambda: {}["k"],
    lambda: int("x1"),
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: len(5),
    lambda: undefined_name,
    lambda: (1, 2).append(3),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: "abc".index("z"),
    lambda: [1, 2].index(9),
    lambda: int(None),
    lambda: "x" < 1,
    lambda: {}.pop("a"),
    lambda: abs("s"),
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
