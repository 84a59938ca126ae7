# The program's own exception class, raised in a worker, is caught by class in the parent.
import multiprocessing as mp


class QuotaError(Exception):
    pass


def use(n):
    if n > 2:
        raise QuotaError("over quota", n)
    return n


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        try:
            pool.map(use, [1, 2, 3])
        except QuotaError as e:
            print("caught", e.args, type(e).__name__)
