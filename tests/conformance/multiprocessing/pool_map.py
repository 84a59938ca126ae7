# Pool.map keeps the input order; chunksize changes nothing in the result.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, [5, 1, 4], chunksize=2))
        print(pool.map(square, []))
