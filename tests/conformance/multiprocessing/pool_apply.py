# apply blocks for the result; apply_async gives an AsyncResult: ready, successful, get.
import multiprocessing as mp


def add(a, b=0):
    return a + b


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        print(pool.apply(add, (1, 2)))
        print(pool.apply(add, (1,), {"b": 10}))
        results = [pool.apply_async(add, (i, i)) for i in range(4)]
        print([r.get(timeout=30) for r in results])
        r = results[0]
        r.wait()
        print(r.ready(), r.successful())
