import threading
import time

lock = threading.Lock()

def holder():
    with lock:
        print("holder has the lock")
        time.sleep(0.5)
        print("holder releases")

def waiter(name):
    time.sleep(0.1)
    print(name, "waiting")
    with lock:
        print(name, "got the lock")

threads = [threading.Thread(target=holder)] + [threading.Thread(target=waiter, args=(n,)) for n in ("w1",)]
for t in threads:
    t.start()
for t in threads:
    t.join()
