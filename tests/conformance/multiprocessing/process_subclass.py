# A Process subclass with its own run() and state, copied into the child.
import multiprocessing as mp


class Counter(mp.Process):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def run(self):
        print(self.name, "counts to", self.limit, ":", sum(range(self.limit + 1)))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for n in (3, 10):
        c = Counter(n)
        c.start()
        c.join()
        print("exitcode", c.exitcode)
