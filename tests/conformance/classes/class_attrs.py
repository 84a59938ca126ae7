class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

    @classmethod
    def how_many(cls):
        return cls.instances

    @staticmethod
    def describe():
        return "counts instances"

a = Counter()
b = Counter()
print(a.id, b.id, Counter.how_many(), a.how_many())
print(Counter.describe(), a.describe())
print(hasattr(a, "id"), hasattr(a, "nope"), getattr(a, "id"), getattr(a, "nope", "default"))
setattr(a, "label", "first")
print(a.label)
print(sorted(vars(a).items()) if False else a.__dict__)
