# Executors: map, submit, results and exceptions, wait, as_completed, submit after shutdown.
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, CancelledError
def sq(x):
    if x == 3: raise ValueError("three")
    return x * x
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(sq, [1, 2])))
    fs = [ex.submit(sq, i) for i in range(5)]
    for f in fs:
        print(f.exception() if f.exception() else f.result())
    d, nd = wait(fs)
    print(len(d), len(nd))
    print(sorted(f.result() for f in as_completed(fs) if not f.exception()))
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(e)
