# run_forever runs until loop.stop(); callbacks scheduled before stop still run in that iteration.
import asyncio

loop = asyncio.new_event_loop()
log = []


def tick(n):
    log.append(f"tick {n}")
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        log.append(f"stop called, running={loop.is_running()}")


loop.call_soon(tick, 0)
loop.run_forever()
print("\n".join(log))
print("running after:", loop.is_running())
log.clear()
loop.call_soon(log.append, "second run")
loop.call_soon(loop.stop)
loop.call_soon(log.append, "same iteration after stop")
loop.run_forever()
print(log)
loop.close()
