# get(timeout) on an empty queue raises queue.Empty; get_nowait too.
import multiprocessing as mp
import queue


def late(q):
    import time
    time.sleep(0.5)
    q.put("late item")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: Empty")
    p = mp.Process(target=late, args=(q,))
    p.start()
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("get(timeout=0.01): Empty")
    print(q.get(timeout=30))
    p.join()
