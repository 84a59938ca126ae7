# A daemon child still running at exit is terminated: what it would print later is lost.
import multiprocessing as mp
import time


def linger():
    time.sleep(5)
    print("never printed")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=linger, daemon=True)
    print("daemon:", p.daemon)
    p.start()
    time.sleep(0.2)
    print("main exits while the daemon sleeps")
