name = "Loopscope"
print("%s has %d chars" % (name, len(name)))
print("%(n)s=%(v).2f" % {"n": "pi", "v": 3.14159})
print("{} {}".format("a", "b"), "{0}{1}{0}".format("x", "y"), "{name!r:>12}".format(name=name))
print(name.upper(), name.lower(), name[::-1], name.center(20, "*"), name.split("o"))
print(" ".join(["a", "b"]), "a,b,,c".split(","), "  pad  ".strip(), "x".zfill(3))
print("abc" * 3, "a" in "abc", "abc".replace("b", "B"), "%5.1f%%" % 99.5)
multi = """first
second"""
print(multi.splitlines(), repr("tab\t"), ascii("é"), "é".encode(), b"\xc3\xa9".decode())
