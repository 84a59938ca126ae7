import threading

data = threading.local()
data.value = "main"
seen = {}

def worker(n):
    print("has value:", hasattr(data, "value"))
    data.value = n
    seen[n] = data.value

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen)
print(data.value)

class Config(threading.local):
    def describe(self):
        return f"level {self.level}"

cfg = Config()
cfg.level = 7

def show():
    cfg.level = 1
    print("thread sees", cfg.describe())

t = threading.Thread(target=show)
t.start()
t.join()
print("main sees", cfg.describe())
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
