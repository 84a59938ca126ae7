emails = ["a@x.com", "b@x.com", "a@x.com", "c@x.com", "b@x.com"]
unique = set(emails)
print(len(emails), len(unique))
print(sorted(unique))
seen = set()
ordered = []
for e in emails:
    if e not in seen:
        seen.add(e)
        ordered.append(e)
print(ordered)
s = {x % 3 for x in range(10)}
print(s)
words = "to be or not to be".split()
print(sorted({w for w in words if len(w) == 2}))
