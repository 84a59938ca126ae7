# What can't be copied to another process: a lambda, a local function, a generator.
import multiprocessing as mp

top_level_lambda = lambda x: x  # noqa: E731 (found under its name? no: its name is <lambda>)


def ident(x):
    return x


def main():
    def local(x):
        return x

    with mp.Pool(1) as pool:
        for fn in (top_level_lambda, lambda x: x, local):
            try:
                pool.map(fn, [1])
            except Exception as e:
                print(type(e).__name__)
        try:
            pool.apply(ident, ((i for i in range(3)),))
        except TypeError as e:
            print("TypeError:", e)
    try:
        mp.Process(target=lambda: None).start()
    except Exception as e:
        print("start:", type(e).__name__)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    main()
