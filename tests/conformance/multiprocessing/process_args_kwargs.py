# Positional and keyword arguments reach the target as copies.
import multiprocessing as mp


def show(a, b, *, scale=1, label="x"):
    print(label, (a + b) * scale)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for kwargs in [{}, {"scale": 10}, {"label": "y", "scale": 2}]:
        p = mp.Process(target=show, args=(1, 2), kwargs=kwargs)
        p.start()
        p.join()
    print("done")
