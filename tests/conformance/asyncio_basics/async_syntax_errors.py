# Compile-time errors of async syntax, checked through compile() with CPython's messages.
snippets = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for i in x:\n        pass\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from x\n",
    "def f():\n    return [i async for i in x]\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, "line", e.lineno)
print(compile("async def f():\n    return [i async for i in x]\n", "<ok>", "exec") is not None)
