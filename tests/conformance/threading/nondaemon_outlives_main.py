import threading
import time

def late():
    time.sleep(0.3)
    print("worker finishes after main's last line")

threading.Thread(target=late).start()
print("main's last line")
