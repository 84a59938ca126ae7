#!/usr/bin/env python3
"""Generates tests/cpp/py/random_cases.inc: what CPython 3.11's random module answers.

Each session is a list of (call, expected) steps run in order on one random.Random, so the
generator's state (and gauss()'s cached value) carries from step to step. test_random_core.cpp
runs the same calls on py::Random and compares the strings.

Call syntax: an op name and space-separated arguments; ints in decimal, floats as float.hex().
Expected: ints in decimal, floats as "f:" + the 16 hex digits of their IEEE bits (bit-exact),
lists space-separated, getrandbits as hex(), bytes as hex, None as "None", errors as
"TypeName: message".

Run:  python3 tests/tools/gen_random_cases.py > tests/cpp/py/random_cases.inc
"""
import hashlib
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"


def fbits(x):
    return "f:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def fhex(x):
    return float(x).hex()


def fmt(value):
    if value is None:
        return "None"
    if isinstance(value, float):
        return fbits(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, list):
        return " ".join(fmt(v) for v in value)
    return str(value)


def run_call(r, call):
    """Runs one call string on r and returns the expected string."""
    op, *args = call.split(" ")
    ints = lambda: [int(a) for a in args]
    floats = lambda: [float.fromhex(a) for a in args]
    try:
        if op == "seed_int" or op == "seed_big":
            return fmt(r.seed(int(args[0])))
        if op == "seed_bytes":
            return fmt(r.seed(bytes.fromhex(args[0] if args else "")))
        if op == "seed_str":
            return fmt(r.seed(bytes.fromhex(args[0] if args else "").decode("utf-8")))
        if op == "random":
            return fmt(r.random())
        if op == "getrandbits":
            return hex(r.getrandbits(int(args[0])))
        if op == "randbelow":
            return fmt(r._randbelow(int(args[0])))
        if op == "randbelow_big":
            return hex(r._randbelow(int(args[0])))
        if op == "randbytes":
            return fmt(r.randbytes(int(args[0])))
        if op == "randrange":
            return fmt(r.randrange(*ints()))
        if op == "randint":
            return fmt(r.randint(*ints()))
        if op == "choice":
            return fmt(r.choice(range(int(args[0]))))
        if op == "shuffle":
            x = list(range(int(args[0])))
            r.shuffle(x)
            return fmt(x)
        if op == "sample":
            n, k = ints()
            return fmt(r.sample(range(n), k))
        if op == "sample_counts":
            k, *counts = ints()
            return fmt(r.sample(range(len(counts)), k, counts=counts))
        if op == "choices":
            n, k = ints()
            return fmt(r.choices(range(n), k=k))
        if op in ("choices_w", "choices_cw"):
            n, k = int(args[0]), int(args[1])
            w = [float.fromhex(a) for a in args[2:]]
            if op == "choices_w":
                return fmt(r.choices(range(n), w, k=k))
            return fmt(r.choices(range(n), cum_weights=w, k=k))
        if op == "triangular":
            return fmt(r.triangular(*floats()))
        if op in ("uniform", "normalvariate", "gauss", "lognormvariate", "expovariate",
                  "vonmisesvariate", "gammavariate", "betavariate", "paretovariate",
                  "weibullvariate"):
            return fmt(getattr(r, op)(*floats()))
        raise AssertionError("unknown op " + op)
    except (ValueError, TypeError, IndexError, ZeroDivisionError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


def seed_call(seed):
    if isinstance(seed, str):
        return ("seed_str " + seed.encode("utf-8").hex()).rstrip()
    if isinstance(seed, bytes):
        return ("seed_bytes " + seed.hex()).rstrip()
    if -2**63 <= seed < 2**63:
        return "seed_int %d" % seed
    return "seed_big %d" % seed


SEEDS = [0, 1, 42, 2**40, -5, 2**32 - 1, 2**32, 2**64 + 3, -(2**100 + 12345), 10**40,
         "hello", b"bytes", "", b"", "h\u00e9llo w\u00f6rld \u2603", b"\x00\x00\x01",
         "x" * 200, bytes(range(256))]


def mixed_calls(meta):
    """A varied script exercising every method with arguments drawn from `meta`."""
    f = lambda lo, hi: fhex(meta.uniform(lo, hi))
    calls = []
    for _ in range(2):
        calls += ["random", "random"]
        calls += ["getrandbits %d" % k for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 257)]
        calls += ["randbelow %d" % n for n in (1, 2, 3, 7, 1000, 2**31, 2**32 + 1, 2**62 + 5, 2**64 - 1)]
        calls += ["randrange %d" % n for n in (1, 10, 1000003, 2**63 - 1)]
        calls += ["randrange %d %d %d" % t for t in ((0, 10, 1), (-5, 5, 1), (3, 100, 7), (100, 3, -7),
                                                   (0, 10, 3), (10, 0, -3), (-2**63, 2**63 - 1, 1),
                                                   (-2**63, 2**63 - 1, 2**62), (2**63 - 1, -2**63, -5))]
        calls += ["randint %d %d" % t for t in ((1, 6), (-3, 3), (0, 0), (-2**63, 2**63 - 1), (10**15, 10**16))]
        calls += ["choice %d" % n for n in (1, 2, 10, 12345)]
        calls += ["shuffle %d" % n for n in (0, 1, 2, 10, 40)]
        calls += ["sample %d %d" % t for t in ((10, 3), (10, 10), (100, 5), (85, 6), (86, 6), (1000000, 20),
                                             (50, 49), (7, 0))]
        calls += ["sample_counts 4 3 0 2 5", "sample_counts 2 1 1"]
        calls += ["choices 10 5", "choices 1 3", "choices 1000 4", "choices 5 0"]
        calls += ["choices_w 3 5 %s %s %s" % (f(0, 5), f(0, 5), f(0, 5)), "choices_w 2 3 0x1p+0 0x0p+0"]
        calls += ["choices_cw 3 4 0x1p+0 0x1.8p+1 0x1.4p+2"]
        calls += ["uniform %s %s" % (f(-10, 10), f(-10, 10)), "uniform 0x0p+0 0x1p+0"]
        calls += ["triangular 0x0p+0 0x1p+0", "triangular %s %s %s" % (f(0, 1), f(2, 3), f(1, 2))]
        calls += ["gauss 0x0p+0 0x1p+0", "gauss %s %s" % (f(-5, 5), f(0, 3)), "gauss 0x0p+0 0x1p+0"]
        calls += ["normalvariate 0x0p+0 0x1p+0", "normalvariate %s %s" % (f(-5, 5), f(0, 3))]
        calls += ["lognormvariate 0x0p+0 0x1p+0", "expovariate %s" % f(0.1, 5)]
        calls += ["vonmisesvariate %s %s" % (f(0, 6), f(0, 4)), "vonmisesvariate 0x1p+0 0x0p+0"]
        calls += ["gammavariate %s 0x1p+0" % f(0.1, 0.9), "gammavariate 0x1p+0 0x1p+1",
                  "gammavariate %s %s" % (f(1.1, 9), f(0.5, 2))]
        calls += ["betavariate %s %s" % (f(0.2, 3), f(0.2, 3)), "paretovariate %s" % f(0.5, 3),
                  "weibullvariate %s %s" % (f(0.5, 3), f(0.5, 3))]
        calls += ["randbytes 0", "randbytes 1", "randbytes 7", "randbytes 16"]
    return calls


def error_calls():
    return ["getrandbits -1", "getrandbits 2147483648", "randbytes -1", "randbytes 268435456",
            "randrange 0", "randrange -3", "randrange 0 0 1", "randrange 5 2 1", "randrange 0 10 0",
            "randrange 10 0 2", "randrange 0 10 -1", "randint 5 3", "randint 9223372036854775807 0",
            "choice 0", "sample 3 4", "sample 3 -1", "sample_counts 2 0 0 0", "sample_counts 9 1 2",
            "sample_counts 1", "choices_w 2 2 0x1p+0", "choices_w 2 2 0x0p+0 0x0p+0",
            "choices_w 2 2 0x1p+0 inf", "choices_w 2 2 0x1p+0 nan", "choices_w 0 2",
            "choices_cw 2 2 0x1p+0 -0x1p+0", "choices 0 0", "choices 0 3", "expovariate 0x0p+0",
            "gammavariate 0x0p+0 0x1p+0", "gammavariate 0x1p+0 -0x1p+0", "betavariate -0x1p+0 0x1p+0",
            "paretovariate 0x0p+0", "paretovariate 0x1p-1000", "weibullvariate 0x1p+0 0x0p+0",
            "lognormvariate 0x1p+10 0x1p+0", "triangular 0x1p+0 0x1p+0 0x1p+1", "random"]


def focused_calls(meta):
    """Many argument sets per method, from one seed each."""
    sessions = []
    sessions.append(("random x2000", ["seed_int 7"] + ["random"] * 1000))
    sessions.append(("getrandbits", ["seed_int 8"] + ["getrandbits %d" % meta.randrange(0, 300) for _ in range(300)]))
    sessions.append(("randbelow", ["seed_int 9"] + ["randbelow %d" % meta.randrange(1, 2**meta.randrange(1, 64)) for _ in range(600)]))
    big = [1, 2, 2**32 - 1, 2**32, 2**32 + 1, 2**64, 10**30, 2**100 + 7, 3**200]
    big += [meta.randrange(1, 2**meta.randrange(1, 400)) for _ in range(200)]
    sessions.append(("randbelow big", ["seed_int 19"] + ["randbelow_big %d" % n for n in big]))

    def rr():
        a = meta.randrange(-2**meta.randrange(1, 63), 2**meta.randrange(1, 63))
        b = meta.randrange(-2**meta.randrange(1, 63), 2**meta.randrange(1, 63))
        step = meta.choice([1, 1, 2, 3, -1, -2, -7, meta.randrange(1, 2**40), -meta.randrange(1, 2**40)])
        if meta.random() < 0.85 and (b - a) * step < 0:  # mostly non-empty ranges
            a, b = b, a
        return "randrange %d %d %d" % (a, b, step)
    sessions.append(("randrange", ["seed_int 10"] + [rr() for _ in range(600)]))
    sessions.append(("randint", ["seed_int 11"] + ["randint %d %d" % (meta.randrange(-1000, 1000), meta.randrange(-1000, 5000)) for _ in range(300)]))
    sessions.append(("choice", ["seed_int 12"] + ["choice %d" % meta.randrange(1, 10**meta.randrange(1, 15)) for _ in range(300)]))
    sessions.append(("shuffle", ["seed_int 13"] + ["shuffle %d" % meta.randrange(0, 60) for _ in range(60)]))

    def smp():
        n = meta.randrange(0, 10**meta.randrange(1, 7))
        return "sample %d %d" % (n, meta.randrange(0, min(n, 60) + 1))
    sessions.append(("sample", ["seed_int 14"] + [smp() for _ in range(200)]))
    # CPython picks the pool when n <= 21 + 4 ** ceil(log(3k, 4)) (k > 5): 85, 277, 1045, 4117, ...
    edges = (21, 22, 85, 86, 277, 278, 1045, 1046, 4117, 4118)
    ks = list(range(0, 8)) + list(range(20, 24)) + list(range(84, 88))
    boundary = ["sample %d %d" % (n, k) for k in ks for n in sorted({k, k + 1, *edges}) if n >= k]
    boundary += ["sample %d %d" % (n, k) for k in (341, 342) for n in edges[6:]]
    sessions.append(("sample boundaries", ["seed_int 15"] + boundary))

    def smpc():
        counts = [meta.randrange(0, 5) for _ in range(meta.randrange(1, 8))]
        counts[0] += 1
        return "sample_counts %d %s" % (meta.randrange(0, sum(counts) + 1), " ".join(map(str, counts)))
    sessions.append(("sample counts", ["seed_int 16"] + [smpc() for _ in range(150)]))
    sessions.append(("choices", ["seed_int 17"] + ["choices %d %d" % (meta.randrange(1, 10**meta.randrange(1, 12)), meta.randrange(0, 20)) for _ in range(200)]))

    def chw(cum):
        n = meta.randrange(1, 10)
        w = sorted(meta.uniform(0, 10) for _ in range(n)) if cum else [meta.choice([0.0, 1.0, meta.uniform(0, 3)]) for _ in range(n)]
        if not cum:
            w[0] = 0.5
        return "choices_%s %d %d %s" % ("cw" if cum else "w", n, meta.randrange(0, 10), " ".join(map(fhex, w)))
    sessions.append(("choices weights", ["seed_int 18"] + [chw(False) for _ in range(150)] + [chw(True) for _ in range(150)]))

    def real(op, nargs, lo, hi):
        return op + "".join(" " + fhex(meta.uniform(lo, hi)) for _ in range(nargs))
    for i, (op, nargs, lo, hi) in enumerate([("uniform", 2, -1e6, 1e6), ("triangular", 3, -10, 10),
                                              ("normalvariate", 2, -100, 100), ("gauss", 2, -100, 100),
                                              ("lognormvariate", 2, -3, 3), ("expovariate", 1, -10, 10),
                                              ("vonmisesvariate", 2, 0, 8), ("gammavariate", 2, 0.05, 12),
                                              ("betavariate", 2, 0.05, 8), ("paretovariate", 1, 0.2, 10),
                                              ("weibullvariate", 2, 0.2, 10)]):
        sessions.append((op, ["seed_int %d" % (100 + i)] + [real(op, nargs, lo, hi) for _ in range(300)]))
    sessions.append(("gauss with reseed", ["seed_int 3", "gauss 0x0p+0 0x1p+0", "seed_int 3", "gauss 0x0p+0 0x1p+0",
                                           "gauss 0x0p+0 0x1p+0", "gauss 0x0p+0 0x1p+0", "seed_str 6869", "gauss 0x0p+0 0x1p+0"]))
    sessions.append(("errors", ["seed_int 5"] + error_calls()))
    return sessions


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    meta = random.Random(20261122)
    sessions = []
    for seed in SEEDS:
        sessions.append(("seed " + repr(seed)[:40], [seed_call(seed)] + mixed_calls(meta)))
    sessions += focused_calls(meta)

    out = ["// Generated by tests/tools/gen_random_cases.py with CPython %s; do not edit." % sys.version.split()[0],
           "// Steps of {call, expected}; see the generator for the syntax.", ""]
    names = []
    steps_total = 0
    for i, (name, calls) in enumerate(sessions):
        r = random.Random()
        out.append("static const RandomCaseStep kRandomSession%d[] = {" % i)
        for call in calls:
            out.append("    {%s, %s}," % (c_string(call), c_string(run_call(r, call))))
        out.append("};")
        names.append((name, i))
        steps_total += len(calls)
    out.append("")
    out.append("static const RandomCaseSession kRandomSessions[] = {")
    for name, i in names:
        out.append("    {%s, kRandomSession%d, std::size(kRandomSession%d)}," % (c_string(name), i, i))
    out.append("};")
    out.append("")
    out.append("// SHA-512 of bytes(i % 251 for i in range(n)) for lengths around the block edges.")
    out.append("static const Sha512Case kSha512Cases[] = {")
    for n in (0, 1, 3, 55, 56, 63, 64, 111, 112, 113, 127, 128, 129, 200, 239, 240, 255, 256, 257, 1000, 4099):
        data = bytes(i % 251 for i in range(n))
        out.append("    {%d, %s}," % (n, c_string(hashlib.sha512(data).hexdigest())))
    out.append("};")
    out.append("")
    out.append("static constexpr std::size_t kRandomStepCount = %d;" % steps_total)
    print("\n".join(out))


if __name__ == "__main__":
    main()
