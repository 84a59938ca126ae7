ages = {"Kim": 30}
print(ages["Kim"])
try:
    print(ages["Lee"])
except KeyError as e:
    print("KeyError:", e)
print(ages["Park"])
