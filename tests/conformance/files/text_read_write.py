# Text files: write, append, read whole/by size/by line, iteration, seek/tell, print(file=...).
import os

NAME = "text_read_write.tmp"

with open(NAME, "w") as f:
    print(f.write("first line\n"))
    f.writelines(["second line\n", "third line\n"])
    print("printed", 42, sep="-", file=f)
    print(f.tell(), f.closed, f.name, f.mode)
print(f.closed)

with open(NAME) as f:
    print(repr(f.read(5)), f.tell())
    print(repr(f.readline()))
    print(repr(f.readline(4)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print([line.rstrip("\n") for line in f])

with open(NAME, "a") as f:
    print(f.tell())
    f.write("appended\n")

with open(NAME, "r+") as f:
    f.write("FIRST")
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read())

with open(NAME, "w+") as f:
    print(repr(f.read()))
    f.write("new\ncontent\n")
    f.seek(0)
    print(f.readlines(), f.readable(), f.writable(), f.seekable())

with open(NAME, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(f.read().splitlines())

print(os.path.getsize(NAME))
os.remove(NAME)
print(os.path.exists(NAME))
