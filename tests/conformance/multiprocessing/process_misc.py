# pid and parent pid, cpu_count, starting twice, joining a process never started.
import multiprocessing as mp
import os


def pids(q):
    q.put((os.getpid(), mp.current_process().pid, mp.parent_process().pid))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.cpu_count() == os.cpu_count(), mp.current_process().pid == os.getpid())
    q = mp.Queue()
    p = mp.Process(target=pids, args=(q,))
    try:
        p.join()
    except AssertionError as e:
        print("join:", e)
    p.start()
    child, child_self, parent = q.get()
    p.join()
    print(child == p.pid == child_self, parent == os.getpid(), child != os.getpid())
    try:
        p.start()
    except AssertionError as e:
        print("start:", e)
