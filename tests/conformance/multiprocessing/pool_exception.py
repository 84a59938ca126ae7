# An exception raised in a worker is re-raised in the parent by get() / map().
import multiprocessing as mp


def check(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except ValueError as e:
            print("map raised:", e)
        r = pool.apply_async(check, (3,))
        try:
            r.get()
        except ValueError as e:
            print("get raised:", repr(e), r.successful())
        print(pool.map(check, [1, 2]))
