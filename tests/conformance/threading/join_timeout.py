import threading
import time

def slow():
    time.sleep(1.0)

t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.2)
print("alive after short join:", t.is_alive())
t.join()
print("alive after full join:", t.is_alive())
