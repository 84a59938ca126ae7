import queue
import threading
import time

q = queue.Queue()
done = []

def worker():
    while True:
        item = q.get()
        time.sleep(0.01 * item)
        done.append(item)
        q.task_done()

for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(10):
    q.put(item)
q.join()
print("all tasks done:", sorted(done))
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
