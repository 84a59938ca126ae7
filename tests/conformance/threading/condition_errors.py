import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print("wait with timeout:", cond.wait(0.05))
lock_cond = threading.Condition(threading.Lock())
with lock_cond:
    lock_cond.notify_all()
    print("notify_all with nobody waiting is fine")
