class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type)
        return False

with Timer("A") as t:
    print("inside", t.label)
print("after")

with Timer("outer"), Timer("inner") as i:
    print("nested body", i.label)
