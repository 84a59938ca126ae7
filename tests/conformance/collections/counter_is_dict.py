# A Counter is a dict: isinstance, json, dict(), ** unpacking and plain-dict equality all see it.
import json
from collections import Counter

votes = Counter(["red", "blue", "red", "green", "red", "blue"])
print(isinstance(votes, dict), issubclass(Counter, dict), type(votes).__mro__)
print(json.dumps(votes))
print(json.dumps({"votes": votes}, sort_keys=True, indent=2))
print(dict(votes))
print({**votes, "purple": 0})
print(votes == {"red": 3, "blue": 2, "green": 1}, {"red": 3, "blue": 2, "green": 1} == votes)
print(votes == {"red": 3}, votes != {"red": 3})
print(votes.items(), votes.keys(), votes.values())
print(sorted(votes, key=votes.get, reverse=True))
print(max(votes, key=votes.get), votes.get("purple"), votes["purple"], "purple" in votes)
plain = {}
plain.update(votes)
print(plain, dict.__repr__(votes), len(votes))
for colour, count in votes.items():
    print(f"{colour:>6}: {'#' * count}")
print(list(reversed(votes)), votes.setdefault("black", 7), votes.pop("black"), votes)
print(Counter(votes) is votes, Counter(votes) == votes, votes.copy(), type(votes.copy()).__name__)
