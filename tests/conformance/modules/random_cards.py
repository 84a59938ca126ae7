import random
random.seed(7)
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]]
print(len(deck), deck[:5])
random.shuffle(deck)
hand = deck[:5]
print(hand)
print(random.choice(deck), random.randint(1, 10), random.random())
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, {n: rolls.count(n) for n in range(1, 7)})
print(random.sample(deck, 3), round(random.uniform(0, 1), 4))
print(random.randrange(10), random.randrange(5, 50, 5))
