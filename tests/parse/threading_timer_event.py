import threading
import time

stop = threading.Event()
ticks = 0


def tick():
    global ticks
    while not stop.is_set():
        ticks += 1
        stop.wait(0.01)


t = threading.Thread(target=tick)
t.start()
timer = threading.Timer(0.05, stop.set)
timer.start()
t.join()
timer.join()
print("ticked", ticks > 0)
barrier = threading.Barrier(2, timeout=1)
rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentrant")
sem = threading.BoundedSemaphore(value=2)
print(threading.current_thread().name, threading.active_count() >= 1)
