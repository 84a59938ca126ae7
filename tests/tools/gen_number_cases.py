#!/usr/bin/env python3
"""Writes tests/data/numbers/*.txt: number cases whose expected values CPython computes.

Run with CPython 3.11 from anywhere: python3 tests/tools/gen_number_cases.py
Each line is tab-separated fields (escaped: \\\\, \\t, \\n); the last field is the expected
result, or "!Type: message" when CPython raises. Ints are decimal, floats are float.hex()
so the C++ side reads them without our own parser. The seed is fixed: output is stable.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "numbers")
rng = random.Random(20261122)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def run(fn):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - every CPython error is an expected value
        return "!%s: %s" % (type(e).__name__, e)


class Writer:
    def __init__(self, name):
        self.path = os.path.join(OUT, name)
        self.lines = []

    def add(self, *fields):
        sys.set_int_max_str_digits(0)  # operands may be long; expected values used the default
        self.lines.append("\t".join(esc(str(f)) for f in fields))
        sys.set_int_max_str_digits(4300)

    def close(self):
        with open(self.path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")
        print("%s: %d cases" % (os.path.relpath(self.path), len(self.lines)))


# ------------------------------------------------------------------ values


def rand_int():
    kind = rng.randrange(10)
    if kind == 0:
        v = rng.randrange(-1000, 1000)
    elif kind == 1:  # around limb and int64 boundaries
        v = rng.choice([2**31, 2**32, 2**63, 2**64, 2**96, 2**128]) + rng.randrange(-3, 4)
    elif kind == 2:
        v = rng.getrandbits(rng.randrange(1, 64))
    elif kind == 3:
        v = rng.getrandbits(rng.randrange(64, 200))
    elif kind == 4:
        v = rng.getrandbits(rng.randrange(200, 700))
    elif kind == 5:  # long runs of ones/zeros stress carries and Knuth's add-back step
        n = rng.randrange(33, 400)
        v = (1 << n) - 1 if rng.random() < 0.5 else (1 << n) + rng.choice([0, 1, -1])
    elif kind == 6:
        v = 10 ** rng.randrange(0, 120) + rng.randrange(-2, 3)
    else:
        v = rng.getrandbits(rng.randrange(1, 130))
    return -v if rng.random() < 0.4 else v


def bits_double():
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]


def rand_float():
    kind = rng.randrange(12)
    if kind == 0:
        x = bits_double()
    elif kind == 1:
        x = round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    elif kind == 2:
        x = float(rng.randrange(-10**6, 10**6))
    elif kind == 3:
        x = rng.choice([2.0, 10.0, 0.5]) ** rng.randrange(-60, 60)
    elif kind == 4:
        x = rng.uniform(-1, 1) * 10.0 ** rng.randrange(-320, 308)
    elif kind == 5:
        x = rng.randrange(-2000, 2000) / 8 + rng.choice([0, 0.5])
    elif kind == 6:
        x = rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                        1.7976931348623157e308, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.1, 0.3,
                        2.675, 1.005, 0.125, 2**53, 2.0**63, 1e22, 1e23])
    elif kind == 7:  # powers of two: the lopsided rounding interval of shortest repr
        x = math.ldexp(1.0, rng.randrange(-1074, 1024))
    elif kind == 8:
        x = float("%.*g" % (rng.randrange(1, 18), bits_double()))
    else:
        x = rng.uniform(-1e6, 1e6)
    if math.isnan(x):
        x = math.nan
    return float(x)


def fhex(x):
    if math.isnan(x):
        return "nan"
    return float.hex(float(x))


# ------------------------------------------------------------------ bigint


def gen_bigint():
    w = Writer("bigint.txt")
    small = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, 2**32 - 1, 2**32, -2**32, 2**63 - 1, 2**63, -2**63,
             -2**63 - 1, 2**64 - 1, 2**64, 10**18, 10**19, 10**40 + 7, -(10**40) - 7]
    pairs = [(a, b) for a in small for b in small]
    pairs += [(rand_int(), rand_int()) for _ in range(700)]
    # Divisors whose top limb makes algorithm D's qhat estimate overshoot.
    for _ in range(200):
        b = (rng.getrandbits(rng.randrange(64, 300)) | (1 << 31)) << rng.choice([0, 32, 64])
        a = b * rng.getrandbits(rng.randrange(1, 300)) + rng.choice([0, 1, -1, b - 1])
        pairs.append((a if rng.random() < 0.7 else -a, b if rng.random() < 0.7 else -b))
    for a, b in pairs:
        w.add("add", a, b, a + b)
        w.add("sub", a, b, a - b)
        w.add("mul", a, b, a * b)
        w.add("floordiv", a, b, run(lambda: a // b))
        w.add("mod", a, b, run(lambda: a % b))
        w.add("divmod", a, b, run(lambda: "%d %d" % divmod(a, b)))
        w.add("truediv", a, b, run(lambda: repr(a / b)))
        w.add("and", a, b, a & b)
        w.add("or", a, b, a | b)
        w.add("xor", a, b, a ^ b)
        w.add("cmp", a, b, (a > b) - (a < b))
    # True division near the extremes: huge quotients, subnormal and vanishing ones.
    for _ in range(300):
        a, b = rand_int(), rand_int() or 1
        s = rng.randrange(-1200, 1200)
        a2, b2 = (a << s, b) if s > 0 else (a, b << -s)
        w.add("truediv", a2, b2, run(lambda: repr(a2 / b2)))
    singles = small + [rand_int() for _ in range(500)]
    singles += [2**k + d for k in (52, 53, 54, 63, 64, 100, 1023, 1024) for d in (-1, 0, 1)]
    singles += [(2**53 + 1) << k for k in (1, 10, 100, 970, 971)]  # float rounding ties
    for a in singles:
        w.add("neg", a, -a)
        w.add("abs", a, abs(a))
        w.add("invert", a, ~a)
        w.add("hash", a, hash(a))
        w.add("bit_length", a, a.bit_length())
        w.add("str", a, run(lambda: str(a)))
        w.add("hex", a, format(a, "x"))
        w.add("oct", a, format(a, "o"))
        w.add("bin", a, format(a, "b"))
        w.add("tofloat", a, run(lambda: repr(float(a))))
        n = rng.randrange(0, 300)
        w.add("shl", a, n, a << n)
        w.add("shr", a, n, a >> n)
        nd = -rng.randrange(1, 45)
        w.add("round", a, nd, round(a, nd))
        for base in (3, 7, 36):
            w.add("base%d" % base, a, to_base(a, base))
    for a, b in [(rng.randrange(-10**6, 10**6), rng.randrange(0, 40)) for _ in range(200)] + [(2, 3000), (-3, 333), (0, 0), (7, 1)]:
        w.add("pow", a, b, a ** b)
    for _ in range(400):
        a, b, m = rand_int(), rng.choice([rand_int(), rng.randrange(-5, 100)]), rand_int()
        w.add("powmod", a, b, m, run(lambda: pow(a, b, m)))
    for d in [rng.choice([0, 1, -1]) for _ in range(3)] + [rand_float() for _ in range(400)]:
        w.add("fromfloat", fhex(d), run(lambda: int(d)))
    w.add("fromfloat", "inf", run(lambda: int(math.inf)))
    w.add("fromfloat", "nan", run(lambda: int(math.nan)))
    # Digit limits around 4300, both directions.
    for n in (4299, 4300, 4301, 5000, 12000):
        v = 7 * (10**n - 1) // 9
        w.add("str", v, run(lambda: str(v)))
        w.add("parse", "9" * n, 10, run(lambda: str(int("9" * n))))
    w.add("parse", "1_" * 4300 + "1", 10, run(lambda: str(int("1_" * 4300 + "1"))))
    w.add("parse", "0" * 4301, 10, run(lambda: str(int("0" * 4301))))
    w.add("parse_hex", "f" * 5000, 16, format(int("f" * 5000, 16), "x"))
    parses = ["0", "-0", "+17", "  42  ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101",
              "0b_1", "0x_", "0x", "010", "00", "0_0", "0_1", "abc", "", " ", "-", "+-1", "12a", "1 2", "٣",
              "\u00a01\u2003", "zz", "ZZ", "9" * 30, "-" + "123456789" * 10, "'x'", "\"q\"", "a'b\"c", "x" * 300,
              "0x" + "f" * 40, "0b" + "1" * 100, "1e5", "1.0", "\u00e9", "\x01", "7" * 10]
    for s in parses:
        for base in (10, 0, 16, 2, 8, 36, 1, 37, 3):
            w.add("parse", s, base, run(lambda: str(int(s, base)) if len(s) < 5000 else None))
    for _ in range(300):
        base = rng.randrange(2, 37)
        v = rand_int()
        s = to_base(v, base)
        if rng.random() < 0.3:
            s = s.upper()
        w.add("parse", s, base, run(lambda: str(int(s, base))))
    w.close()


def to_base(v, base):
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    out, n = [], abs(v)
    while n:
        n, d = divmod(n, base)
        out.append(digs[d])
    return ("-" if v < 0 else "") + "".join(reversed(out))


# ------------------------------------------------------------------ float


def gen_float():
    w = Writer("float.txt")
    xs = [rand_float() for _ in range(3000)]
    for x in xs:
        w.add("repr", fhex(x), repr(x))
        w.add("hash", fhex(x), hash(x) if not math.isnan(x) else 0)
        w.add("is_integer", fhex(x), x.is_integer())
        w.add("roundint", fhex(x), run(lambda: round(x)))
        nd = rng.choice([0, 1, 2, 3, 5, 10, -1, -2, -5, rng.randrange(-330, 330)])
        w.add("round", fhex(x), nd, run(lambda: repr(round(x, nd))))
    for x in [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 1e300, 1.7976931348623157e308, 5e-324, 123.456]:
        for nd in (-400, -308, -307, -300, -10, -3, -1, 0, 1, 2, 3, 10, 322, 323, 324, 400):
            w.add("round", fhex(x), nd, run(lambda: repr(round(x, nd))))
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, -3.0, 1e308, -1e308, 1e-308, math.inf, -math.inf,
                math.nan, 7.5, -7.5, 0.1, 1e16]
    pairs = [(a, b) for a in specials for b in specials] + [(rand_float(), rand_float()) for _ in range(1500)]
    pairs += [(rng.uniform(-100, 100), rng.choice([0.1, -0.1, 3.0, -3.0, 0.7])) for _ in range(300)]
    for a, b in pairs:
        w.add("truediv", fhex(a), fhex(b), run(lambda: repr(a / b)))
        w.add("floordiv", fhex(a), fhex(b), run(lambda: repr(a // b)))
        w.add("mod", fhex(a), fhex(b), run(lambda: repr(a % b)))
        w.add("divmod", fhex(a), fhex(b), run(lambda: "%r %r" % divmod(a, b)))
    pows = [(a, b) for a in specials for b in specials + [0.5, -0.5, 2.5, 3.0, -3.0, 1e300]]
    pows += [(rng.uniform(0, 10), rng.uniform(-20, 20)) for _ in range(200)]
    for a, b in pows:
        def p():
            if a < 0 and math.isfinite(a) and math.isfinite(b) and b != int(b):
                return "!complex: negative number cannot be raised to a fractional power"
            r = a ** b
            if isinstance(r, complex):
                return "!complex: negative number cannot be raised to a fractional power"
            return repr(r)
        w.add("pow", fhex(a), fhex(b), run(p))
    texts = ["1", "-1", "+1.5", "  2.5  ", "\t3e2\n", "1_000.000_1", "1__0", "_1", "1_", "1._5", "1_.5", "1e_5",
             "1e5_0", ".5", "5.", ".", "", " ", "e5", "1e", "1e+", "1e-3", "1E+3", "inf", "-inf", "+inf", "iNfInItY",
             "infinit", "nan", "-NaN", "+nan", "nan1", "0x10", "1.5.5", "--1", "+-1", "1e500", "-1e500", "1e-500",
             "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "0.1", "x", "\u00a01.5\u00a0",
             "1\u00a0", "12345678901234567890123456789", "0" * 400 + "1", "0." + "0" * 400 + "1e400",
             "1" + "0" * 400 + "e-400", "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
             "١", "a'b", "é\x01"]
    for s in texts:
        w.add("parse", s, run(lambda: repr(float(s))))
    for x in [rand_float() for _ in range(1000)]:
        s = repr(x) if rng.random() < 0.5 else "%.*e" % (rng.randrange(0, 25), x)
        w.add("parse", s, run(lambda: repr(float(s))))
    w.close()


# ------------------------------------------------------------------ format()


def rand_spec(kind):
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", "*", "0", "x", "\u00e9", "_", "{", " "]) + rng.choice("<>^=")
    elif rng.random() < 0.3:
        spec += rng.choice("<>^=")
    if rng.random() < 0.4:
        spec += rng.choice("+- ")
    if rng.random() < 0.1:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.2:
        spec += "0"
    if rng.random() < 0.5:
        spec += str(rng.choice([0, 1, 3, 5, 8, 12, 20, 30]))
    if rng.random() < 0.25:
        spec += rng.choice(",_")
    if rng.random() < (0.6 if kind != "int" else 0.1):
        spec += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 30]))
    types = {"int": "bcdoxXn%eEfFgGs", "float": "eEfFgGn%d", "str": "sd"}[kind]
    if rng.random() < 0.8:
        spec += rng.choice(types)
    return spec


def gen_format():
    w = Writer("format.txt")

    def add(kind, v, spec):
        shown = {"int": str, "float": fhex, "str": lambda s: s}[kind](v)
        w.add(kind, shown, spec, run(lambda: format(v, spec)))

    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234567, 10**6, 2**63, -2**64, 10**30 + 1, 65, 0x1F600,
            0x10FFFF, 0x110000, 10**25]
    ints += [rand_int() for _ in range(150)]
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 123.456, -123.456, 1234567.891, 1e16, 1e-5, 1e-4, 1e22,
              1e100, 1.7976931348623157e308, 5e-324, math.inf, -math.inf, math.nan, 100.0, 9.9999, 0.00001234,
              2.675, -0.0001, 999999.5, 12345.678]
    floats += [rand_float() for _ in range(150)]
    strs = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\U0001F600x", "\u4e2d\u6587\u5b57", "x" * 40]
    fixed_int = ["", "d", "b", "o", "x", "X", "c", "n", ",", "_", ",d", "_x", "_b", "_o", "#x", "#X", "#o", "#b",
                 "+d", " d", "-d", "08", "+08", "08,", "010,", "0=10,", "*=10,", "*^11", "<5", ">5", "^6", "=+8",
                 "#010x", "#_x", "_X", "30,", "012_", ".2", "+c", "#c", "_c", ",n", ",x", ",b", "z", "s", "f", ".3e",
                 "%", ",.2f", "010.2%", "e", "G", "x<+#12_x", "123x", "99999999999999999999", ".", "-<5", "0", "00",
                 "=", "5=", "\u00e9^9", ",_", "_,", "+-d", "#", "08c", "<0", "0<8", "3.2", "n", "5n", "+n"]
    fixed_float = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17", ".0e", ".0f", ".0g", "#.0e",
                   "#.0f", "#g", "#.3g", "#", ",", "_", ",.2f", "_.3f", "015,.2f", "010", "010,", "+.3", " .3", "z.1f",
                   "z", "z.0f", "=+12.3e", "*^20.5g", ".50f", ".30e", ".20g", ".3%", "d", "c", "s", ".", ",e",
                   "#010.0f", "0=10", "-^10", ".25", "1.1", "10.4n", ",g", "_g", ".100f"]
    fixed_str = ["", "s", "5", "<5", ">5", "^5", "^6", "*^9", ".2", ".0", "5.1", "x>10.3s", "+", "=5", "#", "0",
                 "05", "z", ",", "_", "d", "\u00e9^7", "010s", ".", "0<5"]
    for v in ints:
        for spec in fixed_int:
            add("int", v, spec)
        for _ in range(10):
            add("int", v, rand_spec("int"))
    for v in floats:
        for spec in fixed_float:
            add("float", v, spec)
        for _ in range(10):
            add("float", v, rand_spec("float"))
    for s in strs:
        for spec in fixed_str:
            add("str", s, spec)
        for _ in range(10):
            add("str", s, rand_spec("str"))
    w.close()


# ------------------------------------------------------------------ printf-style %


def gen_percent():
    w = Writer("percent.txt")

    def add(kind, v, fmt):
        shown = {"int": str, "float": fhex, "str": lambda s: s}[kind](v)
        w.add(kind, shown, fmt, run(lambda: fmt % (v,)))

    def rand_conv(convs):
        f = "%" + "".join(rng.sample("-+ #0", rng.randrange(0, 3)))
        if rng.random() < 0.5:
            f += str(rng.choice([0, 1, 4, 8, 15]))
        if rng.random() < 0.5:
            f += "." + str(rng.choice([0, 1, 3, 6, 12, 20]))
        return f + rng.choice(convs)

    ints = [0, 1, -1, 42, -42, 255, 65, 2**63, -10**25, 0x1F600] + [rand_int() for _ in range(150)]
    floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-5, 123.456, math.inf, -math.inf, math.nan, 1e300, 5e-324]
    floats += [rand_float() for _ in range(150)]
    strs = ["", "a", "abc", "\u00e9t\u00e9", "\U0001F600x", "hello world"]
    for v in ints:
        for fmt in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d", "% d",
                    "%.3d", "%+.3d", "%08.3d", "%-08d|", "%c", "%e", "%f", "%g", "%r", "%s", "%10.4x", "%#08x"]:
            add("int", v, fmt)
        for _ in range(8):
            add("int", v, rand_conv("dixXoeEfFgGc"))
    for v in floats:
        for fmt in ["%f", "%e", "%g", "%E", "%G", "%F", "%.0f", "%#.0f", "%.3e", "%#g", "%.10g", "%10.2f", "%-10.2f|",
                    "%010.2f", "%+f", "% f", "%.20f", "%r", "%s", "%#.0e", "%.0g", "%15g"]:
            add("float", v, fmt)
        for _ in range(8):
            add("float", v, rand_conv("eEfFgG"))
    for s in strs:
        for fmt in ["%s", "%5s|", "%-5s|", "%.2s", "%5.1s|", "%r", "%c", "%010s", "%+s", "%#s"]:
            add("str", s, fmt)
    # Whole format strings with one int argument (tuple-less): parse errors and literals.
    for fmt in ["%", "abc%", "%y", "%%", "100%% %d", "%5", "%.", "%-", "a%zb", "%(x)d", "%*d", "%d%", "%\u00e9", "%#5.3"]:
        w.add("int", 7, fmt, run(lambda: fmt % 7 if "(" not in fmt else fmt % {"x": 7}))
    w.close()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gen_bigint()
    gen_float()
    gen_format()
    gen_percent()
