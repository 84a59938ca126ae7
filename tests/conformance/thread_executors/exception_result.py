from concurrent.futures import ThreadPoolExecutor

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(fail, 7)
    try:
        f.result()
    except ValueError as e:
        print("caught:", e)
    print(type(f.exception()).__name__, f.exception())
    print(f.done(), f.cancelled())
