# __set_name__ runs for descriptors when the class is created; object.__init__ is inherited.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Model:
    a = Field()
    b = Field()
    plain = 3


m = Model()
print(Model.a.name, Model.b.name, m.a)
m.a = 5
print(m.a, m.b)


class B:
    pass


b = B()
print(b.__init__())
print(B.__init__ is object.__init__)
try:
    B(1)
except TypeError as e:
    print(type(e).__name__, e)


class C:
    def __init__(self, x):
        super().__init__()
        self.x = x


print(C(4).x)


class D:
    def __init__(self, x):
        super().__init__(x)


try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
