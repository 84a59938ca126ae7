# Concurrent bank transfers guarded by per-account locks taken in a global order; totals conserved.
import asyncio
import random

random.seed(1)


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, log):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                await asyncio.sleep(0)
                dst.balance += amount
                log.append(f"{src.name}->{dst.name} {amount}")
            else:
                log.append(f"{src.name}->{dst.name} {amount} refused")


async def main():
    accounts = [Account(n, 100) for n in "ABCD"]
    plan = []
    for _ in range(12):
        s, d = random.sample(accounts, 2)
        plan.append((s, d, random.randint(10, 80)))
    log = []
    await asyncio.gather(*(transfer(s, d, amt, log) for s, d, amt in plan))
    print("\n".join(log))
    print({a.name: a.balance for a in accounts}, sum(a.balance for a in accounts))


asyncio.run(main())
