class BankAccount:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("입금액은 양수여야 합니다")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("잔액이 부족합니다")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"

acct = BankAccount("홍길동", 1000)
print(acct.deposit(500))
try:
    acct.withdraw(5000)
except ValueError as e:
    print("오류:", e)
print(acct)
acct.balance *= 1 + BankAccount.interest
print(acct.balance)
