import json

config = {
    "service": "loopscope",
    "version": [1, 2, 3],
    "limits": {"tasks": 100, "timeout": 2.5, "retry": None},
    "flags": [True, False],
    "workers": [{"id": i, "name": f"w{i}", "tags": ["a"] * i} for i in range(3)],
}
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == config)
compact = json.dumps(config, separators=(",", ":"))
print(compact, len(compact))
print(json.loads(compact)["workers"][2]["tags"])
nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
out = json.dumps(nested)
print(len(out), out[:30], json.loads(out) == nested)
print(json.dumps({"t": (1, (2, 3))}), json.loads(json.dumps({"t": (1, 2)})))
print(json.dumps({3: "int key", "3": "str key"}))
print(json.loads('{"3": 1, "3": 2}'))
