# A target that raises: the child prints its traceback on stderr and exits with 1.
import multiprocessing as mp


def fail():
    raise ValueError("boom")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=fail)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
