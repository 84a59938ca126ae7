import threading
import time
from queue import Queue

results: list[int] = []
lock = threading.Lock()


def work(n: int) -> None:
    time.sleep(0.01 * n)
    with lock:
        results.append(n * n)


threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

q: Queue = Queue()
def producer():
    for i in range(3):
        q.put(i)
    q.put(None)

def consumer():
    while (item := q.get()) is not None:
        print("got", item)

threading.Thread(target=producer).start()
c = threading.Thread(target=consumer, name="consumer")
c.start(); c.join()
cond = threading.Condition()
local = threading.local()
local.x = 1
