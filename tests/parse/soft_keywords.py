match = 1
case = 2
_ = 3
type = 4
print(match, case, _, type)
match += 1
match = [1, 2]
match[0] = 5
print(match[0])
def match(x): return x
match(1)
match(1) if True else None
class case: pass
case()
match, case = 1, 2
print(match, case)
def f(match=1, case=2, _=3): return match + case + _
print(f(match=2))
match.__class__ if False else 0
_ = [_ for _ in range(3)]
type(1)
match
case
match * 2
(match)
match: int = 3
print(_, type(1))
