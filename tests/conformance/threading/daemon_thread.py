import threading
import time

def forever():
    while True:
        time.sleep(0.1)

d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon:", d.daemon, d.is_alive())
t = threading.Thread(target=lambda: None)
print("inherits non-daemon:", t.daemon)
time.sleep(0.25)
print("main exits while the daemon still runs")
