# exec(), eval(), compile() and __import__().
print(eval("1 + 2"))
x = 10
print(eval("x * 2"), eval("  x + 1"))
print(eval("y + 1", {"y": 5}))
print(eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("a = 3\nb = a * 2\ndef f():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["f"](), "__builtins__" in ns)
exec("print('hello from exec')")
print(exec("1"))
c = compile("1+1", "<s>", "eval")
print(type(c).__name__, eval(c), eval(c))
c = compile("z = 4", "<s>", "exec")
exec(c)
print(z)
for src, mode in [("x = (", "exec"), ("1 +", "eval"), ("x = 1", "eval"), ("def f(:", "exec"),
                  ("return 1", "exec"), ("a b", "exec")]:
    try:
        compile(src, "<src>", mode)
    except SyntaxError as e:
        where = e.offset if mode == "exec" else "-"  # (eval-mode offsets and `text` are CPython quirks)
        print(type(e).__name__, "|", e.msg, "|", e.lineno, where, e.filename, "|", e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    compile("1", "<s>", "bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
m = __import__("math")
print(m.floor(2.5))


def f():
    loc = 3
    return eval("loc + 1"), eval("x")


print(f())
e = SyntaxError("plain")
print(e.msg, e.lineno, str(e))
