def make_user(name, *, age=0, admin=False):
    return {"name": name, "age": age, "admin": admin}

print(make_user("a"))
print(make_user("b", age=3, admin=True))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=10))

def both(a, *rest, sep=", "):
    return sep.join(str(x) for x in (a,) + rest) if False else sep.join([str(x) for x in (a,) + rest])

print(both(1, 2, 3), both("x", sep="-"))
