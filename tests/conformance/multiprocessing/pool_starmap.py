# Pool.starmap unpacks each argument tuple.
import multiprocessing as mp


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.starmap_async(power, [(5, 2)]).get())
