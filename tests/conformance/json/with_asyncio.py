import asyncio
import json


async def server(queue_in, queue_out):
    while True:
        raw = await queue_in.get()
        if raw is None:
            break
        try:
            msg = json.loads(raw)
        except json.JSONDecodeError as e:
            await queue_out.put(json.dumps({"error": e.msg, "pos": e.pos}))
            continue
        reply = {"id": msg["id"], "result": sum(msg.get("args", [])), "echo": msg}
        await asyncio.sleep(0.01 * msg["id"])
        await queue_out.put(json.dumps(reply, sort_keys=True))


async def main():
    q_in, q_out = asyncio.Queue(), asyncio.Queue()
    task = asyncio.create_task(server(q_in, q_out))
    requests = [{"id": 1, "args": [1, 2, 3]}, {"id": 2, "args": [0.5, 0.25]}, "{bad json", {"id": 3}]
    for r in requests:
        await q_in.put(r if isinstance(r, str) else json.dumps(r))
    await q_in.put(None)
    await task
    while not q_out.empty():
        text = await q_out.get()
        print(text)
        print(json.loads(text))


asyncio.run(main())
