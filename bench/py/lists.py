# List-heavy work: append, sort with a key, slicing, comprehensions, index/in.
def run():
    xs = []
    for i in range(400_000):
        xs.append((i * 7919) % 100_003)
    ys = sorted(xs, key=lambda v: (v % 1000, v))
    evens = [v for v in xs if v % 2 == 0]
    pairs = [(a, b) for a, b in zip(xs[::2], xs[1::2]) if a < b]
    chunks = [sum(xs[i:i + 100]) for i in range(0, len(xs), 100)]
    rev = xs[::-1]
    xs.sort()
    return ys[:3], len(evens), len(pairs), max(chunks), rev[:2], xs[-1], 50_000 in xs


print(run())
