# A worker's exception comes back through Future.result() and Future.exception().
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp


def divide(a, b):
    return a / b


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(divide, 1, 0)
        try:
            f.result()
        except ZeroDivisionError as e:
            print("result raised:", e)
        print(repr(f.exception()), f.done())
        print(ex.submit(divide, 9, 3).result())
    try:
        ex.submit(divide, 1, 1)
    except RuntimeError as e:
        print(e)
