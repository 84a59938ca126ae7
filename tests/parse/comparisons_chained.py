def check(x, lo=0, hi=10):
    if lo <= x < hi:
        return "in"
    elif x is None or x is not x:
        return "weird"
    elif x in (1, 2, 3) or x not in [4, 5]:
        return "set"
    return 0 < x == x > -1 != 2

print(check(5), check(None), check(11))
print(1 < 2 < 3 < 4 < 5, 1 == 1.0 == True)
print("a" < "b" <= "b" != "c")
