# Instances of the program's classes travel by copy: a dataclass, a namedtuple, a plain class.
import multiprocessing as mp
from collections import namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


@dataclass
class Job:
    name: str
    size: int


class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.items)


def work(job, point, box):
    return Job(job.name.upper(), job.size * 2), Point(point.y, point.x), box.total()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(1) as pool:
        job, point, total = pool.apply(work, (Job("a", 2), Point(1, 2), Box([1, 2, 3])))
    print(job, point, total, type(job).__name__, isinstance(point, Point))
