text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items()):
    print(word, n)
print(max(counts, key=counts.get))
vowels = sum(1 for ch in text if ch in "aeiou") if False else len([ch for ch in text if ch in "aeiou"])
print("vowels:", vowels)
