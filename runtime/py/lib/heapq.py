"""Heap queues: the list functions are native (_heapq); merge, nsmallest and nlargest are here."""

from _heapq import heappush, heappop, heapify, heappushpop, heapreplace
from _heapq import _heappop_max, _heapreplace_max, _heapify_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    # A heap of [sort key, iterable number, value, iterator]: the number breaks ties so values
    # are never compared directly and equal keys come out in argument order, as in CPython.
    if reverse:
        init, replace, pop, step = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        init, replace, pop, step = heapify, heapreplace, heappop, 1
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            if key is None:
                heap.append([value, number * step, it])
            else:
                heap.append([key(value), number * step, value, it])
            break
    init(heap)
    while len(heap) > 1:
        top = heap[0]
        it = top[-1]
        if key is None:
            yield top[0]
        else:
            yield top[2]
        exhausted = True
        for value in it:
            exhausted = False
            if key is None:
                top[0] = value
            else:
                top[0] = key(value)
                top[2] = value
            replace(heap, top)
            break
        if exhausted:
            pop(heap)
    if heap:
        top = heap[0]
        yield top[0] if key is None else top[2]
        yield from top[-1]


def nsmallest(n, iterable, key=None):
    # Documented as equal to sorted(iterable, key=key)[:n]; sorting is stable, so ties keep
    # their input order exactly as CPython's heap-based version does.
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
