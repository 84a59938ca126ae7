class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        print(f"open {self.name}")
        return self

    def __exit__(self, *args):
        self.open = False
        print(f"close {self.name}")

def use(n):
    with Resource(f"r{n}") as r:
        if n == 1:
            return "early return"
        for i in range(3):
            if i == n:
                break
        print("body done", r.open)
    return "normal"

print(use(1))
print(use(2))
for k in range(3):
    with Resource(f"loop{k}"):
        if k == 1:
            continue
        print("k", k)
r = Resource("x")
with r:
    pass
print(r.open)
