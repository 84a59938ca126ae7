data = [("b", 2), ("a", 2), ("c", 1), ("d", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
data.sort(key=lambda p: p[1], reverse=True)
print(data)
class Config:
    defaults = {"debug": False}
    keys = [k.upper() for k in defaults]
    size = len(keys)
print(Config.keys, Config.size)
class Team:
    members = []
    def join(self, name):
        self.members.append(name)
t1, t2 = Team(), Team()
t1.join("a")
t2.join("b")
print(Team.members, t1.members is t2.members)
class Broken:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x
try:
    Broken(-1)
except ValueError as e:
    print("init failed:", e)
def reraiser():
    try:
        int("z")
    except:
        print("logging")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer:", e)
print(float("1e500"), -float("1e500"), float("-0.0"), 0.0 == -0.0)
n = 0
while n < 10:
    n += 3
    if n == 100:
        break
else:
    print("no break, n =", n)
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return [inc() for _ in range(3)], count
print(counter_gen())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[r[c] for r in matrix] for c in range(3)][::-1])
print(list(zip(*matrix))[::2], sum(map(sum, matrix)))
x = 10
def show():
    print(x)
x = 20
show()
print([(lambda y: y * x)(2) for x in range(3)])
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=str.casefold), list(filter(str.isupper, "aBcD")))
print({k: v for k, v in sorted({"z": 1, "a": 2}.items())})
print(type(None).__name__, None is None, [None] * 2)
