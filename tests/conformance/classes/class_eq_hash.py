class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card(10, "♠"), Card(3, "♥"), Card(10, "♠")]
print(hand, hand[0] == hand[2], hand[0] is hand[2])
unique = []
for c in hand:
    if c not in unique:
        unique.append(c)
print(unique)
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(len({c for c in hand}))

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b)
