from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm))
print(list(cm), cm.get("missing"), "user" in cm, "nope" in cm)
print(cm)
cm["color"] = "blue"
print(cli, cm["color"])
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps))
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
del cm["color"]
print(cm["color"], dict(cm) == {"color": "red", "user": "admin", "size": 3})
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
