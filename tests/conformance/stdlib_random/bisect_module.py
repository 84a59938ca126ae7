# bisect: searches and insertions, lo/hi bounds, key=, and the error for a negative lo.
import bisect

a = [1, 2, 2, 2, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 3, 8, 9)])
print([bisect.bisect_right(a, x) for x in (0, 2, 3, 8, 9)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=3))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9, 0)
print(a)
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in (33, 99, 77, 70, 89, 90, 100)])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
