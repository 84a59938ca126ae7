# A coroutine that is never awaited: CPython warns on stderr; stdout goes on unchanged.
async def job(n):
    print("never runs", n)


print("before")
job(1)
print("between")
c = job(2)
del c
x = [job(3), job(4)]
x = None
print("after")


async def started():
    print("started runs")


c = started()
try:
    c.send(None)
except StopIteration:
    print("finished")
del c
print("end")
