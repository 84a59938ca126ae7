inventory = {}
inventory["apples"] = 3
inventory["bananas"] = 5
inventory["cherries"] = 7
inventory["apples"] = 10
for k in inventory:
    print(k, inventory[k])
del inventory["bananas"]
inventory["bananas"] = 1
print(list(inventory.items()))
print(sorted(inventory, key=lambda k: inventory[k]))
