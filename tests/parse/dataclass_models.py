from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import ClassVar, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Point:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    total: ClassVar[int] = 0

    def add(self, name: str, qty: int = 1) -> None:
        self.items[name] = self.items.get(name, 0) + qty
        Inventory.total += qty


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def map(self, f: "Callable[[T], T]") -> Box[T]:
        return Box(f(self.value))


p = Point(1, 2) + Point(3, 4)
inv = Inventory()
inv.add("apple", 3)
print(p, asdict(inv), Inventory.total, Box(2).map(lambda v: v * 10).value)
