import heapq

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge()))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([1, 3], [2, 4], reverse=True)))  # unsorted input: CPython's exact result
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")])))
print(list(heapq.merge([1, 1], [1, 1], key=lambda v: 0)))
m = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)), iter(range(2, 10, 3)))
print(next(m), next(m), list(m))
print(list(heapq.merge("ace", "bdf")))
print(list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)))
