class Flyer:
    def move(self):
        return "fly"
    def fly_speed(self):
        return 10

class Swimmer:
    def move(self):
        return "swim"
    def swim_speed(self):
        return 3

class Duck(Flyer, Swimmer):
    pass

d = Duck()
print(d.move(), d.fly_speed(), d.swim_speed())
print([c.__name__ for c in Duck.__mro__])
print(isinstance(d, Swimmer))
