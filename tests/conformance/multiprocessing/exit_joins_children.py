# A child that is not a daemon is waited for at exit, even if nobody joins it.
import multiprocessing as mp
import time


def late():
    time.sleep(0.3)
    print("child finished after the main program's last line")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=late)
    p.start()
    print("active children:", len(mp.active_children()))
    print("main program's last line")
