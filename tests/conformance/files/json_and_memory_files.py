# json.dump/json.load on real files, and io.StringIO / io.BytesIO.
import io
import json
import os

NAME = "json_and_memory_files.tmp"
data = {"name": "loop", "tasks": [1, 2, 3], "nested": {"ok": True, "none": None}}
with open(NAME, "w") as f:
    json.dump(data, f, indent=2)
with open(NAME) as f:
    print(f.read())
with open(NAME) as f:
    print(json.load(f) == data)
os.remove(NAME)

s = io.StringIO()
print("hello", "world", file=s)
s.write("second\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), end="")
print(s.readlines())
s = io.StringIO("a\nb\nc")
print(list(s), s.read())
s.seek(1)
s.write("X")
print(repr(s.getvalue()))
json.dump([1, {"k": "v"}], s)
print(s.getvalue())
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)

b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(2), b.tell())
b.seek(0, 2)
b.write(b"!")
print(b.getvalue())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
