class Employee:
    raise_rate = 1.05

    def __init__(self, name, pay):
        self.name = name
        self.pay = pay

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)

    def __str__(self):
        return f"{self.name}: {self.pay}"

class Developer(Employee):
    raise_rate = 1.10

    def __init__(self, name, pay, lang):
        super().__init__(name, pay)
        self.lang = lang

    def __str__(self):
        return super().__str__() + f" ({self.lang})"

e = Employee("Kim", 50000)
d = Developer("Lee", 60000, "Python")
for x in (e, d):
    x.apply_raise()
    print(x)
