import itertools as it

print(list(it.product("ab", repeat=2)))
print(list(it.product("ab", [1, 2, 3])), list(it.product()), list(it.product("ab", [])), list(it.product(repeat=3)))
print(len(list(it.product(range(3), repeat=3))), list(it.product("ab", "c", repeat=2))[:3])
print(list(it.permutations("abc", 2)), list(it.permutations(range(3))))
print(list(it.permutations("ab", 3)), list(it.permutations([], 0)), list(it.permutations("ab", 0)), list(it.permutations("abc", None))[:2])
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement("ab", 3)), sum(1 for _ in it.permutations(range(6))))
print(list(it.combinations(iter("abc"), r=2)))
for expr, f in [('it.combinations([1])', lambda: it.combinations([1])),
             ('it.combinations([1], -1)', lambda: it.combinations([1], -1)),
             ('it.permutations([1], -1)', lambda: it.permutations([1], -1)),
             ('it.permutations([1], "a")', lambda: it.permutations([1], "a")),
             ('it.product([1], repeat=-1)', lambda: it.product([1], repeat=-1)),
             ('it.product(1)', lambda: it.product(1)),
             ('it.product([1, 2], foo=1)', lambda: it.product([1, 2], foo=1)),
             ('it.combinations_with_replacement([1], -1)', lambda: it.combinations_with_replacement([1], -1)),
             ('it.combinations([1], 2, 3)', lambda: it.combinations([1], 2, 3)),
             ('it.permutations()', lambda: it.permutations())]:
    try:
        f()
    except Exception as e:
        print(expr, type(e).__name__, e)
