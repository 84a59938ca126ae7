# Simulated cancellation: throw() into a coroutine suspended inside an async generator's await.
class Cancelled(BaseException):
    pass


class Wait:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def source():
    try:
        i = 0
        while True:
            await Wait(f"waiting {i}")
            yield i
            i += 1
    except Cancelled:
        print("source saw Cancelled")
        raise
    finally:
        print("source finally")


async def consumer():
    got = []
    try:
        async for v in source():
            got.append(v)
    except Cancelled:
        print("consumer cancelled after", got)
        return "cancelled"
    return "finished"


c = consumer()
print(c.send(None))
print(c.send(None))
print(c.send(None))
try:
    c.throw(Cancelled())
except StopIteration as e:
    print("result", e.value)


async def swallowing_source():
    while True:
        try:
            await Wait("w")
        except Cancelled:
            print("swallowed")
            yield "after cancel"
            return


async def consumer2():
    async for v in swallowing_source():
        return v


c = consumer2()
print(c.send(None))
try:
    c.throw(Cancelled)
except StopIteration as e:
    print("result", e.value)


# Closing the consumer while it waits inside the async generator.
async def consumer3():
    async for v in source():
        print("v", v)


c = consumer3()
c.send(None)
c.send(None)
c.close()
print("closed consumer3")
