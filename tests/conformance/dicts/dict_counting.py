votes = ["red", "blue", "red", "green", "blue", "red"]
tally = {}
for v in votes:
    if v in tally:
        tally[v] += 1
    else:
        tally[v] = 1
print(tally)
ranking = sorted(tally.items(), key=lambda kv: kv[1], reverse=True)
for color, n in ranking:
    print(f"{color}: {'#' * n}")
print(max(tally.values()), sum(tally.values()))
