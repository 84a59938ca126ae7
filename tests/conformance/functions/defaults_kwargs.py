def greet(name, greeting="안녕", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("철수"))
print(greet("Ann", "Hello"))
print(greet("Bob", punct="?"))
print(greet(greeting="Hi", name="Cid"))

def describe(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

describe(1, 2, x=3, y=4)
describe()

def total(*nums):
    return sum(nums)

print(total(1, 2, 3), total())
values = [4, 5, 6]
print(total(*values))
opts = {"greeting": "Yo", "punct": "~"}
print(greet("Dan", **opts))
