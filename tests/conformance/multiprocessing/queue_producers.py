# Several producer processes on one queue; the consumer sorts what arrives.
import multiprocessing as mp


def produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    procs = [mp.Process(target=produce, args=(q, t, 3)) for t in "abc"]
    for p in procs:
        p.start()
    items = sorted(q.get() for _ in range(9))
    for p in procs:
        p.join()
    print(items)
    print([p.exitcode for p in procs])
