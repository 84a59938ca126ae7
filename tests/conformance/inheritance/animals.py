class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def introduce(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "야옹"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "멍멍"

for a in [Animal("generic"), Cat("Nabi"), Dog("Baduk", "Jindo")]:
    print(a.introduce())
d = Dog("Max", "Poodle")
print(d.breed, isinstance(d, Animal), isinstance(d, Cat), issubclass(Dog, Animal))
