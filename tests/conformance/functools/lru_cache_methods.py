from functools import lru_cache, cache


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.n == other.n


g = Grid(5)
print(g.paths(5, 5), Grid.paths.cache_info())
print(Grid(5).paths(5, 5), Grid.paths.cache_info())


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance.cache_info().misses > 0)


@lru_cache(maxsize=3)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(x, square(x))
print(square.cache_info())


@cache
def with_kwargs(a, *, scale=1):
    print("computing", a, scale)
    return a * scale


print(with_kwargs(2), with_kwargs(2, scale=1), with_kwargs(2, scale=3), with_kwargs(2, scale=3))
print(with_kwargs.cache_info())


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(300))
try:
    depth.cache_clear()
    depth(600)
except RecursionError:
    print("RecursionError")
