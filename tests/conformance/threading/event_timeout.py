import threading
import time

flag = threading.Event()

def setter():
    time.sleep(0.5)
    flag.set()

threading.Thread(target=setter).start()
print("first wait:", flag.wait(0.2))
print("second wait:", flag.wait(1.0))
