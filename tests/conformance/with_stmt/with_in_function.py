class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return exc_type is KeyError

def render(items):
    with Tag("ul"):
        for item in items:
            with Tag("li") as name:
                if item is None:
                    raise KeyError("missing")
                print(item, name)
    return "ok"

print(render(["a", "b"]))
print(render([None]))

def find(items, target):
    with Tag("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1

print(find([5, 6, 7], 6))
with Tag("x") as a, Tag("y") as b:
    print(a, b)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
