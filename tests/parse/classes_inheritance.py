import abc


class Animal(abc.ABC):
    """An animal."""

    count: int = 0
    kinds = ["dog", "cat"]

    def __init__(self, name: str) -> None:
        self.name = name
        Animal.count += 1

    @abc.abstractmethod
    def speak(self) -> str: ...

    @property
    def upper(self):
        return self.name.upper()

    @upper.setter
    def upper(self, value):
        self.name = value.lower()

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def speak(self):
        return "woof"


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class WithMeta(Dog, metaclass=Meta, flag=True):
    pass


class Empty: pass
class Empty2(): pass
class Empty3(object,): pass

d = Dog.create("rex")
print(d, d.speak(), Animal.count, d.upper, Dog.helper(2))
