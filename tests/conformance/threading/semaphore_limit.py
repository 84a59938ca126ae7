import threading
import time

sem = threading.Semaphore(2)
active = 0
peak = 0
guard = threading.Lock()

def job(n):
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with guard:
            active -= 1

threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
start = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency:", peak)
print("elapsed about", round(time.monotonic() - start, 1))
