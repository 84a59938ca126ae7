# call_later with several positional args drives a countdown that stops run_forever.
import asyncio

loop = asyncio.new_event_loop()
start = loop.time()


def countdown(n, label, out):
    out.append(f"{label}{n}")
    if n == 0:
        out.append(f"elapsed {round(loop.time() - start, 1)}")
        loop.stop()
    else:
        loop.call_later(0.1, countdown, n - 1, label, out)


out = []
loop.call_later(0.1, countdown, 3, "T-", out)
loop.run_forever()
loop.close()
print(out)
