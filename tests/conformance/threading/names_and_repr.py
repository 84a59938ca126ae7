import threading

def work():
    pass

def other():
    pass

t1 = threading.Thread(target=work)
t2 = threading.Thread(target=other, name="custom")
t3 = threading.Thread()
print(t1.name)
print(t2.name)
print(t3.name)
print(threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())
print(t1.is_alive(), t1.ident is None, t1.daemon)
t1.name = "renamed"
print(t1.name)
for t in (t1, t2, t3):
    t.start()
    t.join()
print(t1.is_alive(), isinstance(t1.ident, int))
print(repr(threading.Thread(name="x")).startswith("<Thread(x, initial)>"))
