# Universal newlines: "\r\n" and "\r" read as "\n" by default; newline="" and "\n" keep them.
import os

NAME = "newlines.tmp"

with open(NAME, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rlast")

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(repr(f.read(12)), repr(f.read()))
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="") as f:
    print(repr(f.read()))
with open(NAME, newline="\n") as f:
    print(f.readlines())

with open(NAME, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME) as f:
    print([line for line in f])
os.remove(NAME)
