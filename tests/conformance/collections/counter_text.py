from collections import Counter, defaultdict

text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief"""
words = text.lower().split()
freq = Counter(words)
print(freq.most_common(5))
print(len(freq), freq["was"], freq["missing"])
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3), sum(letters.values()))
by_count = defaultdict(list)
for word, n in freq.items():
    by_count[n].append(word)
for n in sorted(by_count, reverse=True):
    print(n, sorted(by_count[n]))
anagrams = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams["".join(sorted(w))].append(w)
print([g for g in anagrams.values() if len(g) > 1])
print(Counter("listen") == Counter("silent"), Counter("abc") == Counter("abd"))
votes = Counter()
for ballot in ["red", "blue", "red", "green", "blue", "red"]:
    votes[ballot] += 1
winner, count = votes.most_common(1)[0]
print(winner, count, votes)
dice = Counter({2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 5})
print(dice.most_common(3), dice.total())
print(sorted(Counter("mississippi").items()))
