class User:
    def __init__(self, name):
        self.name = name

u = User("kim")
print(u.name)
try:
    print(u.email)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".push("d")
except AttributeError as e:
    print("AttributeError:", e)
print([].length)
