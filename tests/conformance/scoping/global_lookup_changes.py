# Reading a global or builtin keeps seeing every change to the globals, however often the same
# code has read it before (the VM caches where it found each name).
def use_len(x):
    return len(x)


def get_g():
    return g


def read_x():
    return x


for _ in range(3):
    print(use_len("abc"))
len = lambda x: 42  # a new global shadows the builtin the code found before
for _ in range(3):
    print(use_len("abc"))
del len
print(use_len("abcd"))

g = 1
print(get_g())
g = 2
print(get_g())
del g
try:
    get_g()
except NameError as e:
    print("NameError:", e)
globals()["g"] = 3
print(get_g())

# One code object run with two different globals.
code = compile("def f():\n    return value\n", "<s>", "exec")
ns1 = {"value": 1}
ns2 = {}
exec(code, ns1)
exec(code, ns2)
for _ in range(2):
    print(ns1["f"]())
    try:
        ns2["f"]()
    except NameError as e:
        print("NameError:", e)
ns2["value"] = "two"
print(ns1["f"](), ns2["f"]())

# The globals grow (and are rebuilt) and shrink between reads.
x = "x0"
print(read_x())
for i in range(100):
    globals()[f"filler{i}"] = i
print(read_x())
for i in range(100):
    del globals()[f"filler{i}"]
print(read_x())
x = "x1"
print(read_x())

# A global defined after the function that reads it.
def later():
    return defined_later()


def defined_later():
    return "found"


print(later())
