import asyncio
import enum


class State(enum.Enum):
    IDLE = enum.auto()
    RUNNING = enum.auto()
    DONE = enum.auto()


class Machine:
    transitions = {
        State.IDLE: (State.RUNNING,),
        State.RUNNING: (State.DONE, State.IDLE),
        State.DONE: (),
    }

    def __init__(self):
        self.state = State.IDLE
        self.history: list[State] = [self.state]

    async def go(self, target: State) -> None:
        if target not in self.transitions[self.state]:
            raise ValueError(f"bad transition {self.state.name} -> {target.name}")
        await asyncio.sleep(0)
        self.state = target
        self.history.append(target)


async def main():
    m = Machine()
    for t in (State.RUNNING, State.IDLE, State.RUNNING, State.DONE, State.IDLE):
        try:
            await m.go(t)
        except ValueError as e:
            print("error:", e)
    print(" -> ".join(s.name for s in m.history))

asyncio.run(main())
