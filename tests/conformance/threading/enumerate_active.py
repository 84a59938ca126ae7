import threading
import time

stop = threading.Event()

def idle():
    stop.wait()

threads = [threading.Thread(target=idle, name=f"idle-{i}") for i in range(3)]
for t in threads:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
stop.set()
for t in threads:
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
