# The asyncio exception classes and their hierarchy.
import asyncio

for name in ["CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
             "LimitOverrunError", "QueueEmpty", "QueueFull", "BrokenBarrierError", "SendfileNotAvailableError"]:
    cls = getattr(asyncio, name)
    print(name, [c.__name__ for c in cls.__mro__[1:]])
e = asyncio.InvalidStateError("msg")
print(type(e).__name__, e)
print(asyncio.TimeoutError is TimeoutError)
