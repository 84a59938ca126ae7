# JoinableQueue: a worker process marks each task done; join() waits for all of them.
import multiprocessing as mp


def worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * 10)
        tasks.task_done()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    tasks, results = mp.JoinableQueue(), mp.Queue()
    p = mp.Process(target=worker, args=(tasks, results))
    p.start()
    for i in range(4):
        tasks.put(i)
    tasks.put(None)
    tasks.join()
    print(sorted(results.get() for _ in range(4)))
    p.join()
