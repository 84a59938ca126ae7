# A child starts a grandchild: names count per process ("Process-1:1").
import multiprocessing as mp


def grandchild():
    print("grandchild:", mp.current_process().name, mp.parent_process().name)


def child():
    g = mp.Process(target=grandchild)
    g.start()
    g.join()
    print("child:", mp.current_process().name, g.exitcode)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("main:", p.exitcode)
