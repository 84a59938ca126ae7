import threading
import time

ready = threading.Event()
released = []

def waiter(n):
    ready.wait()
    released.append(n)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.2)
print("setting")
ready.set()
for t in threads:
    t.join()
print("released:", sorted(released))
print(ready.is_set())
ready.clear()
print(ready.is_set())
print(ready.wait(0.1))
