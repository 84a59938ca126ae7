import queue
import threading
import time

q = queue.Queue()

def late_put():
    time.sleep(0.3)
    print("putting")
    q.put("payload")

threading.Thread(target=late_put).start()
print("waiting for an item")
print("received", q.get())
