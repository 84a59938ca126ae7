import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())

def feeder():
    for word in ["alpha", "beta", "gamma"]:
        time.sleep(0.1)
        sq.put(word)

t = threading.Thread(target=feeder)
t.start()
print([sq.get() for _ in range(3)])
t.join()
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty")
sq.put_nowait(1)
print(sq.get_nowait())
