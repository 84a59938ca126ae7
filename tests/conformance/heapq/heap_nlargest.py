import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
for n in (-1, 0, 1, 2, 3, 9, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(1, people, key=lambda p: p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, iter([4, 2, 6])), heapq.nlargest(2, (x * x for x in range(-3, 3))))
print(heapq.nsmallest(2, "hello"), heapq.nlargest(3, {"b": 1, "a": 2, "c": 3}))
print(heapq.nsmallest(5, []), heapq.nlargest(2, [], key=len))
print(heapq.nlargest(2, ["aa", "b", "cc", "d"], key=len))
