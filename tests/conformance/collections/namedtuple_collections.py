from collections import namedtuple, defaultdict, Counter

Card = namedtuple("Card", "rank suit")
ranks = [str(n) for n in range(2, 11)] + list("JQKA")
deck = [Card(r, s) for s in ["spades", "hearts"] for r in ranks]
print(len(deck), deck[0], deck[-1])
print(Card("Q", "hearts") in deck, Card("Z", "hearts") in deck)
seen = {Card("A", "spades"), Card("A", "spades"), Card("K", "hearts")}
print(len(seen))
by_suit = defaultdict(list)
for card in deck[:4] + deck[-3:]:
    by_suit[card.suit].append(card.rank)
print(dict(by_suit))
counts = Counter(card.suit for card in deck)
print(counts)
Pos = namedtuple("Pos", "row col")
moves = {Pos(0, 0): "start", Pos(1, 2): "knight"}
print(moves[Pos(1, 2)], moves.get((0, 0)), sorted(moves))
p = Pos(2, 3)
row, col = p
print(row, col, p._replace(row=9), p._asdict(), tuple(p))
print([f"{r}-{c}" for r, c in [Pos(1, 1), Pos(2, 2)]])
print(Pos._make(range(2)), Pos(*[7, 8]), Pos(**{"row": 1, "col": 2}))
