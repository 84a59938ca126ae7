class A:
    def hello(self):
        return "A"

class B(A):
    def hello(self):
        return "B>" + super().hello()

class C(B):
    def hello(self):
        return "C>" + super().hello()

print(C().hello())
print([k.__name__ for k in C.__mro__])

class Base:
    def __init__(self):
        print("Base init")

class Child(Base):
    def __init__(self):
        print("Child init start")
        super().__init__()
        print("Child init end")

Child()
