names = ["Ann", "Bob", "Cid"]
scores = [90, 85, 77]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, score in zip(names, scores):
    print(name, score)
print(list(zip(names, scores)))
print(dict(zip(names, scores)))
print(list(enumerate("ab")))
