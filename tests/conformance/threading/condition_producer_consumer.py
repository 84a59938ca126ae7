import threading
import time

items = []
cond = threading.Condition()

def consumer():
    for _ in range(3):
        with cond:
            while not items:
                cond.wait()
            print("consumed", items.pop(0))

def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            items.append(i)
            print("produced", i)
            cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
