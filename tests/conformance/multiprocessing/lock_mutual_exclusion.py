# A multiprocessing.Lock passed to children: with it held, a child's two lines stay together.
import multiprocessing as mp


def report(lock, q, tag):
    with lock:
        q.put(f"{tag} start")
        q.put(f"{tag} end")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    lock = mp.Lock()
    q = mp.Queue()
    procs = [mp.Process(target=report, args=(lock, q, t)) for t in "ab"]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    lines = [q.get() for _ in range(4)]
    pairs = {(lines[0][0], lines[1][0]), (lines[2][0], lines[3][0])}
    print(sorted(pairs), lock.acquire(False))
    lock.release()
