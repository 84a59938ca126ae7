# Dict-heavy work: word counting, dict comprehension, lookups, .get, items().
WORDS = "the quick brown fox jumps over the lazy dog and then the fox sleeps while a dog barks".split()


def count(n):
    counts = {}
    for i in range(n):
        w = WORDS[i % len(WORDS)] + str(i % 50)
        counts[w] = counts.get(w, 0) + 1
    return counts


def run():
    counts = count(1_200_000)
    squares = {i: i * i for i in range(400_000)}
    hits = 0
    for i in range(800_000):
        if i in squares:
            hits += squares[i] % 10
    keys = sorted(counts)
    total = sum(v for k, v in counts.items() if k.startswith("the"))
    return len(counts), keys[:3], total, hits


print(run())
