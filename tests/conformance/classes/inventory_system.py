class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

class Cart:
    def __init__(self):
        self.items = []

    def add(self, item):
        for existing in self.items:
            if existing.name == item.name:
                existing.qty += item.qty
                return
        self.items.append(item)

    def remove(self, name):
        self.items = [i for i in self.items if i.name != name]

    def total(self):
        return sum(i.total for i in self.items)

    def receipt(self):
        lines = []
        for i in self.items:
            lines.append(f"{i.name:<8} {i.qty:>3} x {i.price:>6,} = {i.total:>8,}")
        lines.append(f"{'TOTAL':<8} {self.total():>27,}")
        return "\n".join(lines)

cart = Cart()
cart.add(Item("사과", 1200, 3))
cart.add(Item("우유", 2500))
cart.add(Item("사과", 1200, 2))
cart.add(Item("빵", 3800))
print(cart.receipt())
cart.remove("우유")
print(len(cart.items), cart.total())
