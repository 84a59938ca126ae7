# A multiprocessing.Event set by the parent releases a waiting child.
import multiprocessing as mp


def waiter(ev, q):
    ev.wait()
    q.put("released")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    ev, q = mp.Event(), mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q))
    p.start()
    print("set before?", ev.is_set())
    ev.set()
    print(q.get())
    p.join()
    print(p.exitcode)
