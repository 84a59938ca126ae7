# A chat room: each member has a queue; broadcasts are delivered in order to all other members.
import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, who, text):
        for name, q in self.members.items():
            if name != who:
                await q.put((who, text))


async def member(room, name, inbox, script, log):
    for delay, text in script:
        await asyncio.sleep(delay)
        await room.say(name, text)
        while not inbox.empty():
            sender, msg = inbox.get_nowait()
            log.append(f"{name} reads {sender}: {msg}")
    await asyncio.sleep(0.1)
    while not inbox.empty():
        sender, msg = inbox.get_nowait()
        log.append(f"{name} finally reads {sender}: {msg}")


async def main():
    room = Room()
    log = []
    scripts = {
        "ann": [(0.02, "hi all"), (0.1, "how are you?")],
        "bob": [(0.06, "hello ann"), (0.1, "fine")],
        "cy": [(0.14, "late hello")],
    }
    inboxes = {n: room.join(n) for n in scripts}
    await asyncio.gather(*(member(room, n, inboxes[n], s, log) for n, s in scripts.items()))
    print("\n".join(log))


asyncio.run(main())
