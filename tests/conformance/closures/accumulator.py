def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "잔액 부족"
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return balance, history
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50))
print(wd(500))
print(wd(30))
print(rep())
