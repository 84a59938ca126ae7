import threading

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook

def fail(n):
    raise KeyError(n)

for i in range(2):
    t = threading.Thread(target=fail, args=(i,), name=f"failer-{i}")
    t.start()
    t.join()
print("done")
