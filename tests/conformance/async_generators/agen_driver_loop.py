# A scheduler driving several async generators through a consumer coroutine each.
class Tick:
    def __init__(self, who):
        self.who = who

    def __await__(self):
        yield self.who


async def producer(name, n):
    for i in range(n):
        await Tick(name)
        yield f"{name}{i}"
    print(name, "exhausted")


async def consumer(name, n, out):
    async for item in producer(name, n):
        out.append(item)
    return len(out)


out = []
tasks = [("x", consumer("x", 3, out)), ("y", consumer("y", 1, out)), ("z", consumer("z", 2, out))]
while tasks:
    name, c = tasks.pop(0)
    try:
        who = c.send(None)
        print("tick from", who)
        tasks.append((name, c))
    except StopIteration as e:
        print(name, "finished with", e.value)
print(out)
