from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)

    @cached_property
    def mean(self):
        print("computing mean")
        return self.total / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.total, d.total, d.mean, d.mean)
d.total = 100
print(d.total)
del d.total
print(d.total)
e = Dataset([10])
print(e.mean, e.total)
print(type(Dataset.total).__name__, Dataset.total.attrname)
