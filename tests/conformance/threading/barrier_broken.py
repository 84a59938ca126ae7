import threading

barrier = threading.Barrier(3, timeout=0.2)
outcomes = []

def worker():
    try:
        barrier.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcomes, barrier.broken)
barrier.reset()
print("after reset:", barrier.broken)
b2 = threading.Barrier(2)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises BrokenBarrierError")
