name = "한글 é"
print(ascii(name), f"{name!a}", ascii([name]), ascii("plain"))
print("한국".upper(), "ÀÉ".lower(), "straße".upper())
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{123.0:g}", f"{1e20:,.0f}")
print(format(0.1, ".20f"), f"{2/3:.15g}", f"{10:c}" if False else "", f"{65:c}")
class P:
    def __getattr__(self, name):
        return f"<{name}>"
p = P()
print(p.anything, getattr(p, "x"))
class Q:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
q = Q()
q.a = 1
print(q.a)
print(len("😀"), "😀"[0])
def outer():
    def helper(n):
        return n if n < 2 else helper(n - 1) + helper(n - 2)
    return helper(10)
print(outer())
print(f"{3!r:>5}|{'a'!r:5}|")
print(round(1e16 + 1), int(1e20), float(10**30), 10**30 / 7)
print(7.0 // 0.5, 1e308 * 10, -1e308 * 10)
print(str(12345678901234567890 * 3), 2**1000 % 1000007, (-7) // 2, (-7) % 2)
print(abs(-2**70), -2**70 // 3, 2**70 >> 3, 1 << 70)
