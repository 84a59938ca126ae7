from collections import Counter, deque

print(Counter("aab").most_common(1))
d = deque([1, 2], maxlen=2)
print(d)
print("about to fail inside the library")
Counter(5)
print("never printed")
