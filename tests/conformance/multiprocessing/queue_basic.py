# A Queue between parent and child: put, get, empty, qsize.
import multiprocessing as mp


def produce(q):
    for i in range(5):
        q.put(i * i)
    q.put(None)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    print("empty at first:", q.empty())
    p = mp.Process(target=produce, args=(q,))
    p.start()
    got = []
    while (item := q.get()) is not None:
        got.append(item)
    p.join()
    print(got, q.empty(), q.qsize())
