# CPython's errors for files: missing, existing, directories, wrong direction, closed, bad mode.
import io
import os

NAME = "errors.tmp"
DIR = "errors_dir.tmp"

for attempt in [lambda: open("errors_missing.txt"), lambda: open("errors_missing.txt", "rb"),
                lambda: os.remove("errors_missing.txt"), lambda: os.listdir("errors_missing")]:
    try:
        attempt()
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename)

with open(NAME, "w") as f:
    f.write("data\n")
    print(repr(f))
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))

with open(NAME) as f:
    print(repr(f))
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)

for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()  # closing twice is allowed

try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e)

os.mkdir(DIR)
try:
    open(DIR)
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.mkdir(DIR)
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    os.remove(DIR)
except OSError as e:
    print(type(e).__name__, e.errno)

for mode in ["q", "rw", "rr", "bt"]:
    try:
        open(NAME, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(NAME, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)

e = OSError(2, "No such file or directory", "made.txt")
print(type(e).__name__, e, e.args)

os.remove(NAME)
os.rmdir(DIR)
with open(NAME, "x") as f:
    f.write("exclusive")
with open(NAME) as f:
    print(f.read())
os.remove(NAME)

open("errors_never_there.txt")
