from typing import Optional, Union, Any
import typing
def f(x: int | None = None) -> list[int] | None:
    return None
print(f.__annotations__)
print(Optional[int] | str)
print(int | typing.List[int])
from dataclasses import dataclass
@dataclass
class A:
    x: int | None = None
    y: "list[str] | None" = None
print(A())
from enum import Enum
class Color(Enum):
    RED = "r"
    def __str__(self):
        return self.value
print(Color.RED, f"{Color.RED}", [Color.RED])
class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def from_str(cls, s):
        return cls[s.upper()]
print(Weekday.from_str("tue"), Weekday.MON.name.title())
print(Color.RED.__class__.__name__, Color.__name__, type(Color).__name__)
import copy
print(copy.deepcopy(Color.RED) is Color.RED)
from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def speak(self) -> str: ...
class Dog(Animal):
    def speak(self):
        return f"{self.name}: woof"
print(Dog("rex").speak())
try:
    Animal("x")
except TypeError as e:
    print(e)
import types
print(int | str, int | None | str, list[int] | None, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int | str))
print(typing.get_args(int | None), typing.get_origin(int | None) is types.UnionType)
print(Optional[int | str])
try:
    int | 3
except TypeError as e:
    print(e)
print(hash(int | str) == hash(str | int))
