class Vehicle: pass
class Car(Vehicle): pass
class Truck(Vehicle): pass

things = [Car(), Truck(), Vehicle(), 5, "s", [1]]
for t in things:
    kinds = []
    if isinstance(t, Vehicle):
        kinds.append("vehicle")
    if isinstance(t, (Car, Truck)):
        kinds.append("specific")
    if isinstance(t, (int, str)):
        kinds.append("builtin")
    print(type(t).__name__, kinds)
print(issubclass(Car, (Truck, Vehicle)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(3, float), isinstance(3.0, (int, float)))
