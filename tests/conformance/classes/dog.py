class Dog:
    species = "Canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        return f"{self.name}: 멍멍!"

    def birthday(self):
        self.age += 1

rex = Dog("Rex", 3)
print(rex.bark())
rex.birthday()
print(rex.name, rex.age, rex.species, Dog.species)
buddy = Dog("Buddy", 5)
buddy.species = "wolf?"
print(buddy.species, rex.species)
print(isinstance(rex, Dog), type(rex).__name__)
