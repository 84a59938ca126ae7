# Random small patterns against random short strings (seeded, the same draws as CPython).
import random, re
random.seed(12)
def atom(d):
    r = random.random()
    if d > 2 or r < 0.45:
        return random.choice(["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\b", "^", "$", "x", "\\1", "A", "\\s", "\\d", "[a-cA]"])
    if r < 0.65:
        return "(" + expr(d + 1) + ")"
    if r < 0.75:
        return "(?:" + expr(d + 1) + ")"
    if r < 0.8:
        return "(?=" + expr(d + 1) + ")"
    if r < 0.85:
        return "(?!" + expr(d + 1) + ")"
    return "(?<=" + random.choice(["a", "b", "ab", "[bc]"]) + ")"
def piece(d):
    a = atom(d)
    if a in ("^", "$", "\\b") or a.startswith("(?=") or a.startswith("(?!") or a.startswith("(?<="):
        return a
    return a + random.choice(["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}"])
def expr(d=0):
    s = "".join(piece(d) for _ in range(random.randint(1, 3)))
    if random.random() < 0.25:
        s += "|" + "".join(piece(d) for _ in range(random.randint(0, 2)))
    return s
for i in range(150):
    p = expr()
    try:
        c = re.compile(p, random.choice([0, re.I, re.M, re.S, re.I | re.M]))
    except re.error as e:
        print(i, "error", p)
        continue
    for _ in range(3):
        s = "".join(random.choice("abcA\n1 ") for _ in range(random.randint(0, 7)))
        m = c.search(s)
        print(i, repr(p), repr(s), m and m.span(), m and m.groups(), m and m.lastindex, c.findall(s), c.sub("-", s), c.split(s))
