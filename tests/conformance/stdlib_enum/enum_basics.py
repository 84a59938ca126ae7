from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.RED.is_warm, Color.default())
print(list(Color), len(Color), Color.RED in Color)
print([c.name for c in reversed(Color)])
print(Color, repr(Color), type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED != Color.BLUE)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(f"{Color.RED}", "%s" % Color.BLUE, format(Color.RED, ">12"), str(Color.GREEN))
print(Color.__members__)
print(sorted(Color, key=lambda c: c.value, reverse=True))

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print(list(Status), Status.DONE.value)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, Shape.__members__.keys())
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Mood("HAPPY"), repr(Mood("Sad")))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Size = Enum("Size", [("S", 1), ("L", 3)])
print(repr(Size.L))

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
