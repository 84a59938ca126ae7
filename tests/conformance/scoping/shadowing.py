x = 1
def f():
    x = 2
    def g():
        x = 3
        return x
    return x, g()
print(f(), x)
def uses_builtin():
    len = lambda s: 42
    return len("abc")
print(uses_builtin(), len("abc"))
for i in range(3):
    pass
print("loop var leaks:", i)
