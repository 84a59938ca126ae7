import asyncio
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional, List, Dict, AsyncIterator
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("worker")


class State(Enum):
    IDLE = auto()
    BUSY = auto()
    DONE = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.IDLE, compare=False)
    results: List[int] = field(default_factory=list, compare=False)


@asynccontextmanager
async def pool(n: int) -> AsyncIterator[asyncio.Semaphore]:
    log.info("pool open with %d slots", n)
    sem = asyncio.Semaphore(n)
    try:
        yield sem
    finally:
        log.info("pool closed")


async def run(job: Job, sem: asyncio.Semaphore) -> Optional[Job]:
    async with sem:
        job.state = State.BUSY
        await asyncio.sleep(job.priority / 10)
        job.results.append(job.priority * 2)
        job.state = State.DONE
        log.info("%s finished -> %s", job.name, job.state)
        return job


async def main() -> None:
    jobs = sorted([Job(3, "c"), Job(1, "a"), Job(2, "b")])
    async with pool(2) as sem:
        done = await asyncio.gather(*(run(j, sem) for j in jobs))
    summary: Dict[str, List[int]] = {j.name: j.results for j in done}
    print(summary)
    print(jobs[0])
    match jobs[0].state:
        case State.DONE:
            print("all done")
        case _:
            print("?")


asyncio.run(main())
