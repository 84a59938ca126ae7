# A tiny pure-Python scheduler: coroutines yield control with `await Pause()`.
class Pause:
    def __await__(self):
        yield "pause"


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        step = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                what = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"step {step}: {name} finished -> {e.value!r}")
            except Exception as e:
                self.results[name] = e
                print(f"step {step}: {name} failed -> {type(e).__name__}: {e}")
            else:
                print(f"step {step}: {name} -> {what}")
                self.ready.append((name, coro))
            step += 1


async def worker(n, pauses):
    total = 0
    for i in range(pauses):
        await Pause()
        total += n * i
    return total


async def sleeper():
    await Sleep(3)
    return "rested"


async def failing():
    await Pause()
    raise ValueError("bad worker")


async def nested():
    a = await worker(10, 2)
    b = await sleeper()
    return (a, b)


s = Scheduler()
s.spawn("a", worker(1, 3))
s.spawn("b", worker(2, 1))
s.spawn("c", sleeper())
s.spawn("d", failing())
s.spawn("e", nested())
s.run()
print(sorted((k, repr(v)) for k, v in s.results.items()))
