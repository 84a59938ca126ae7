name = "world"
n = 42
pi = 3.14159
items = [1, 2, 3]
d = {"key": "value"}
print(f"hello {name}")
print(f"{n}")
print(f"{n!r} {n!s} {n!a}")
print(f"{pi:.2f} {pi:10.3f} {n:>5} {n:<5}| {n:^5} {n:05d} {n:,} {n:x} {n:#b}")
print(f"{name=}")
print(f"{name = }")
print(f"{pi=:.1f}")
print(f"{name=!s}")
print(f"{n + 1 = }")
print(f"{{literal braces}} {{{n}}}")
print(f"{items[0]} {d['key']} {len(items)}")
print(f"{'nested'} {'double' if False else 'single'}")
print(f"{n:{'>'}{10}}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}}")
print(f"{pi:{width}}")
print(F"upper {n}")
print(f"")
print(f"no fields")
print(f"{n}" f"{n}")
print("plain " f"{n}" " tail")
print(f"{n}" "")
print("" f"")
print(f"a" "b" f"c")
print(fr"raw \n {n}")
print(rf"\d{n}")
