import threading
import time

lock = threading.Lock()
lock.acquire()

def try_it():
    start = time.monotonic()
    got = lock.acquire(timeout=0.3)
    print("got:", got, "waited about", round(time.monotonic() - start, 1))

t = threading.Thread(target=try_it)
t.start()
t.join()
lock.release()
t = threading.Thread(target=try_it)
t.start()
t.join()
