# ProcessPoolExecutor.map and submit, in a with-statement.
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(6))))
        futures = [ex.submit(cube, n) for n in (7, 8)]
        print([f.result() for f in futures])
        print(list(ex.map(pow, [2, 3], [5, 2])))
