class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

def g():
    with Managed("gen"):
        yield 1
        yield 2

for v in g():
    print("v", v)

with Managed("outer", suppress=True):
    with Managed("inner"):
        raise ValueError("deep")
print("after nested")

def loop():
    for i in range(3):
        with Managed(f"m{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    return "loop done"
print(loop())

def ret_in_try():
    try:
        with Managed("t"):
            return "value"
    finally:
        print("finally after with")
print(ret_in_try())

class Exit:
    def __enter__(self):
        return 5
    def __exit__(self, *a):
        print("exit args", a[0], a[1])

try:
    with Exit() as five:
        print(five)
        [][1]
except IndexError as e:
    print("caught", e)

while True:
    with Managed("w"):
        break
print("end")
