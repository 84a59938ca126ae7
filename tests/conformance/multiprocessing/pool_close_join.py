# close() then join(): the workers finish and exit normally; join() before close is an error.
import multiprocessing as mp


def ident(x):
    return x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print("join:", e)
    print(pool.map(ident, "abc"))
    pool.close()
    pool.join()
    try:
        pool.map(ident, [1])
    except ValueError as e:
        print("after close:", e)
    print("closed and joined")
