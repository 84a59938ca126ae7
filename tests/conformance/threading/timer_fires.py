import threading
import time

start = time.monotonic()

def ring(msg):
    print(msg, "after about", round(time.monotonic() - start, 1))

t = threading.Timer(0.3, ring, args=("ring",))
t.start()
t.join()
c = threading.Timer(0.5, ring, args=("never",))
c.start()
time.sleep(0.1)
c.cancel()
c.join()
print("cancelled timer finished:", not c.is_alive())
