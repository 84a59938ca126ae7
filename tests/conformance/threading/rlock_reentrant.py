import threading

rlock = threading.RLock()

def outer():
    with rlock:
        print("outer")
        inner()

def inner():
    with rlock:
        print("inner")

t = threading.Thread(target=outer)
t.start()
t.join()
print(rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(rlock).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))
