data = {"kim": 88, "lee": 95, "park": 72}
best = max(data, key=lambda k: data[k])
worst = min(data.items(), key=lambda kv: kv[1])
print(best, worst)
print(sorted(data.values(), reverse=True))
print(sum(data.values()) / len(data))
print(max("hello"), min("hello"), sorted("hello"))
print(sum(range(1, 11)), sum([1.5, 2.5], 10))
