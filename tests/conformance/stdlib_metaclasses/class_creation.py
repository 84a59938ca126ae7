# type(), __new__, __init_subclass__, __class_getitem__ and the errors around them.
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 3
print(Point, p, type(p) is Point, Point.__name__, Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub(), issubclass(Sub, Point), Sub.__mro__)
print(type(3), type("s"), type(Point), type(type))

for args in [("X",), ("X", (), {}, 1)]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42


print(Other())


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"] is Csv)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int])


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return len(cls.__dict__.get("items", ()))

    def __contains__(cls, item):
        return item in cls.__dict__.get("items", ())


class Bag(metaclass=Meta):
    items = (1, 2, 3)


class SubBag(Bag):
    items = (4,)


print(Bag, SubBag, len(Bag), len(SubBag), 2 in Bag, 2 in SubBag, type(SubBag))
print(isinstance(Bag, Meta), isinstance(Bag(), Bag), Meta.__mro__)


class Counted(type):
    count = 0

    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        return super().__call__(*args, **kwargs)


class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print(Counted.count, [w.name for w in ws])
try:
    Widget()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Widget, 1)
except TypeError as e:
    print("TypeError:", e)
