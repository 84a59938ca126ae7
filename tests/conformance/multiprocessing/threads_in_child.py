# A child process runs threads of its own; its threading module is its own.
import multiprocessing as mp
import threading


def child(q):
    results = []
    lock = threading.Lock()

    def work(i):
        with lock:
            results.append(i * i)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q.put((sorted(results), threading.current_thread().name, threading.active_count()))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, threading.active_count())
