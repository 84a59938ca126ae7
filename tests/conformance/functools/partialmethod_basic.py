from functools import partialmethod, partial


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Formatter:
    def fmt(self, value, width, fill):
        return str(value).rjust(width, fill)

    zeros = partialmethod(fmt, fill="0")
    wide = partialmethod(fmt, width=8, fill=".")


f = Formatter()
print(f.zeros(42, 6), f.wide(7), f.fmt(1, 3, "*"))
print(callable(f.zeros), f.zeros(5, width=3))
