import heapq


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("push int", lambda: heapq.heappush(5, 1))
attempt("push one arg", lambda: heapq.heappush([]))
attempt("pop no arg", lambda: heapq.heappop())
attempt("pop empty", lambda: heapq.heappop([]))
attempt("pop tuple", lambda: heapq.heappop(()))
attempt("heapify tuple", lambda: heapq.heapify(()))
attempt("heapify no arg", lambda: heapq.heapify())
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("pushpop empty", lambda: heapq.heappushpop([], 1))
attempt("mixed", lambda: heapq.heappush([1], "a"))
attempt("kwargs", lambda: heapq.heappush(heap=[1], item="a"))
attempt("none", lambda: heapq.heapify([None, 1]))
h = [1, 2]
attempt("pushpop mixed", lambda: heapq.heappushpop(h, "x"))
print(h)
