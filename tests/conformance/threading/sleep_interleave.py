import threading
import time

def worker(name, delay, count):
    for i in range(count):
        time.sleep(delay)
        print(f"{name} tick {i}")

a = threading.Thread(target=worker, args=("a", 0.1, 3))
b = threading.Thread(target=worker, args=("b", 0.25, 2))
a.start()
b.start()
a.join()
b.join()
print("both done")
