import threading
import time

barrier = threading.Barrier(3, action=lambda: print("all arrived"))
indices = []

def worker(n):
    time.sleep(0.1 * n)
    print("worker", n, "arrives")
    indices.append(barrier.wait())

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)
