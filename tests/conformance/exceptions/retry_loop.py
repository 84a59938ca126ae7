attempts = ["x", "", "7"]
for raw in attempts:
    try:
        n = int(raw)
    except ValueError:
        print(f"{raw!r} is not a number, retrying")
        continue
    print("got", n)
    break

def risky(i):
    if i % 2:
        raise RuntimeError(f"fail {i}")
    return i

results = []
for i in range(5):
    try:
        results.append(risky(i))
    except RuntimeError as e:
        results.append(str(e))
print(results)
