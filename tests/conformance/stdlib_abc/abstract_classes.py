from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...


class Named(Base):
    @property
    def name(self):
        return "named"


print(Named().name)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Legacy:
    def draw(self):
        return "legacy"


Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), isinstance(1, Drawable))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(isinstance(Box(), Sized), isinstance(object(), Sized))
