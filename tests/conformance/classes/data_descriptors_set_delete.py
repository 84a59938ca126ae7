class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)

class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

it = Item(3, 4)
print(it.price, it.qty, vars(it), type(Item.price).__name__)
try:
    it.qty = -1
except ValueError as e:
    print(e)
it.__dict__["price"] = 99
print(it.price)

class Logged:
    def __get__(self, obj, owner):
        return "got"
    def __delete__(self, obj):
        print("deleting")
class C:
    a = Logged()
c = C()
del c.a
print(c.a, C.a)
try:
    c.a = 1
except AttributeError as e:
    print("AttributeError", e)
