class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class ValidationError(ValueError):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount

try:
    withdraw(100, 250)
except InsufficientFunds as e:
    print("Error:", e, e.needed, e.available)
    print(e.args)

try:
    raise ValidationError("bad input")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValidationError))
