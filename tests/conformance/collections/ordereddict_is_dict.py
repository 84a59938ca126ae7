# OrderedDict is a dict: json, dict(), isinstance; equality is order-sensitive only between two.
import json
from collections import OrderedDict

od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
print(od, isinstance(od, dict), json.dumps(od), dict(od), {**od})
flipped = OrderedDict(reversed(list(od.items())))
print(flipped)
print(od == flipped, od == dict(flipped), dict(flipped) == od, od != flipped)
print(od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.items())))
od.move_to_end("first")
print(od)
od.move_to_end("first", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("nothing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
lru = OrderedDict()
for page in [1, 2, 3, 1, 4, 5, 2]:
    if page in lru:
        lru.move_to_end(page)
    lru[page] = f"page{page}"
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru, len(lru), list(lru))
print(OrderedDict(), OrderedDict.fromkeys("abc", 0), type(OrderedDict.fromkeys("ab")).__name__)
print(od | {"z": 26}, {"z": 26} | od, type(od.copy()).__name__)
od |= {"y": 25}
print(od, od.get("y"), od.setdefault("x", 24), od.pop("second"), od)
print("y" in od.keys(), ("y", 25) in od.items(), od.keys() == {"y", "x"})
