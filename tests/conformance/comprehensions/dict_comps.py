words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
squares = {n: n ** 2 for n in range(6) if n % 2}
print(squares)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
prices = {"a": 100, "b": 250, "c": 80}
discounted = {k: v * 0.9 for k, v in prices.items() if v > 90}
print(discounted)
