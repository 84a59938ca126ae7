# imap yields in order, imap_unordered as results come; both with chunks too.
import multiprocessing as mp


def triple(x):
    return 3 * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(3) as pool:
        print(list(pool.imap(triple, range(7))))
        print(list(pool.imap(triple, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(triple, range(7))))
        it = pool.imap(triple, [1, 2])
        print(next(it), next(it))
