import threading

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        print(f"{self.name}: {self.total}")

threads = [Counter(n) for n in (10, 100, 1000)]
for t in threads:
    t.start()
    t.join()
print([t.total for t in threads])
