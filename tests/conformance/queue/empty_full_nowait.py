import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
q.put_nowait("a")
try:
    q.put_nowait("b")
except queue.Full:
    print("Full raised")
try:
    q.put("b", timeout=0.1)
except queue.Full:
    print("Full after timeout")
print(q.get(timeout=0.1))
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
