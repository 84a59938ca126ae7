import asyncio


class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self._lock = asyncio.Lock()

    async def deposit(self, amount: int) -> None:
        async with self._lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

    async def withdraw(self, amount: int) -> bool:
        async with self._lock:
            if self.balance < amount:
                print(f"{self.owner}: insufficient funds for {amount}")
                return False
            self.balance -= amount
            return True


async def main():
    acct = BankAccount("alice", 100)
    ops = [acct.deposit(10) for _ in range(5)] + [acct.withdraw(30) for _ in range(6)]
    results = await asyncio.gather(*ops)
    print(results.count(True), "withdrawals succeeded")
    print(f"final balance: {acct.balance}")

asyncio.run(main())
