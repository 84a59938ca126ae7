import os
from os import path

print(type(os.getpid()), os.getpid() > 0, os.getpid() == os.getpid())
print(type(os.cpu_count()), os.cpu_count() >= 1)
print(os.getenv("LOOPSCOPE_SURELY_UNSET"), os.getenv("LOOPSCOPE_SURELY_UNSET", "dflt"), os.environ.get("LOOPSCOPE_SURELY_UNSET"))
print("LOOPSCOPE_SURELY_UNSET" in os.environ, os.sep, os.name, repr(os.linesep), os.curdir, os.pardir)
print(os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"))
print(os.path.splitext("x/y.tar.gz"), os.path.split("/a/b"), os.path.split("b"), repr(os.path.join("", "x")))
print(os.path.splitext(".bashrc"), repr(os.path.basename("a/")), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.dirname("/"), os.path.dirname("//a"), os.path.split("/"), os.path.splitext("a.b/c"), os.path.splitext("..."))
print(os.path.join("a"), os.path.join("/", "x"), os.path.basename(""), os.path.dirname("a"))
print(os.path is os.path, callable(os.path.join))
