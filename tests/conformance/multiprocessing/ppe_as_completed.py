# as_completed and wait over process futures.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
import multiprocessing as mp


def label(x):
    return f"item-{x}"


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(label, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(futures)))
        done, not_done = wait(futures)
        print(len(done), len(not_done))
