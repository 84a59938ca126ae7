# join(timeout) returns while the child still runs; join() waits for it.
import multiprocessing as mp
import time


def slow():
    time.sleep(1.0)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=slow)
    p.start()
    p.join(0.05)
    print("after join(0.05):", p.is_alive(), p.exitcode)
    p.join()
    print("after join():", p.is_alive(), p.exitcode)
