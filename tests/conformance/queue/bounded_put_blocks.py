import queue
import threading
import time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full())
taken = []

def slow_consumer():
    for _ in range(4):
        time.sleep(0.2)
        taken.append(q.get())

t = threading.Thread(target=slow_consumer)
start = time.monotonic()
t.start()
for i in range(4):
    q.put(i)
    print("producer put", i, "after about", round(time.monotonic() - start, 1))
t.join()
print(taken)
