# apply_async and map_async callbacks run in the parent with the result (or the error).
import multiprocessing as mp


def half(x):
    if x < 0:
        raise ArithmeticError("negative")
    return x / 2


if __name__ == "__main__":
    mp.set_start_method("spawn")
    got, errors = [], []
    with mp.Pool(2) as pool:
        r1 = pool.apply_async(half, (8,), callback=got.append)
        r2 = pool.apply_async(half, (-1,), error_callback=lambda e: errors.append(type(e).__name__))
        r3 = pool.map_async(half, [2, 4], callback=got.append)
        for r in (r1, r2, r3):
            r.wait()
    print(sorted(map(str, got)), errors)
