import queue
import threading
import time

q = queue.Queue()
got = []

def producer():
    for i in range(5):
        time.sleep(0.05)
        print("put", i)
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("got", got)
print("empty:", q.empty())
