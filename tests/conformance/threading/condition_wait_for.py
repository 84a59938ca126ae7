import threading
import time

state = {"value": 0}
cond = threading.Condition()

def bump():
    for _ in range(5):
        time.sleep(0.05)
        with cond:
            state["value"] += 1
            cond.notify_all()

t = threading.Thread(target=bump)
t.start()
with cond:
    ok = cond.wait_for(lambda: state["value"] >= 3)
    print("reached", state["value"] >= 3, ok)
with cond:
    ok = cond.wait_for(lambda: state["value"] >= 100, timeout=0.5)
    print("timed out:", not ok)
t.join()
print("final", state["value"])
