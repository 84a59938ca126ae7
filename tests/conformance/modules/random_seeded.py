import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 6), round(random.uniform(1, 2), 6))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("가나다라"), random.sample(range(100), 5))
print(random.randrange(0, 100, 5))
