# A Lock lets one task at a time into the critical section: the others wait on it.
import asyncio

balance = 0

async def deposit(name, lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.1)  # the task is suspended while holding the lock
        balance = current + amount
        print(f"{name} deposited {amount}, balance {balance}")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(f"client {i}", lock, 10 * i) for i in range(1, 4)))
    print("final balance", balance)

asyncio.run(main())
