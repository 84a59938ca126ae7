# os and os.path on files: directories, listing, renaming, removing, path checks.
import os

ROOT = "os_files_dir.tmp"

print(os.path.exists(ROOT), os.path.isdir(ROOT), os.path.isfile(ROOT))
os.mkdir(ROOT)
os.makedirs(os.path.join(ROOT, "a", "b"))
os.makedirs(os.path.join(ROOT, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(ROOT, "a"))
except FileExistsError as e:
    print(type(e).__name__)
for name in ["one.txt", "two.csv", os.path.join("a", "three.txt")]:
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(ROOT)), os.listdir(os.path.join(ROOT, "a")))
path = os.path.join(ROOT, "a", "three.txt")
print(path, os.path.basename(path), os.path.dirname(path), os.path.splitext(path))
print(os.path.isfile(path), os.path.isdir(path), os.path.isdir(os.path.dirname(path)))
print(os.path.abspath(path) == os.path.join(os.getcwd(), path))
print(os.path.dirname(os.path.abspath(__file__)) == os.getcwd())
print(os.path.exists(os.path.join(ROOT, "a", "..", "one.txt")))

os.rename(os.path.join(ROOT, "one.txt"), os.path.join(ROOT, "a", "b", "moved.txt"))
print(sorted(os.listdir(ROOT)), os.listdir(os.path.join(ROOT, "a", "b")))
with open(os.path.join(ROOT, "a", "b", "moved.txt")) as f:
    print(f.read())
try:
    os.rmdir(os.path.join(ROOT, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(os.path.join(ROOT, "two.csv"))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)

os.unlink(os.path.join(ROOT, "a", "b", "moved.txt"))
os.remove(path)
os.remove(os.path.join(ROOT, "two.csv"))
os.rmdir(os.path.join(ROOT, "a", "b"))
os.rmdir(os.path.join(ROOT, "a"))
print(os.listdir(ROOT))
os.rmdir(ROOT)
print(os.path.exists(ROOT))
