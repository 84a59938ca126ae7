# leading comment

x = 1 + \
    2 + \
    3
y = (1 +
     2 +  # inline comment
     3)
z = [
    1,
    2,  # trailing
    # own line comment inside brackets
    3,
]
if x == 6 and \
        y == 6:
    print("continued")  # comment
    # comment at block level

    # blank line above
    print("after blank")
# comment at column 0 inside block
    print("still in block")
def f(a,
      b):
    return {
        "a": a,
        "b": b,
    }
s = ("implicit "
     "concatenation "
     'across lines')
print(x, y, z, f(1, 2), s)
t = \
    5
