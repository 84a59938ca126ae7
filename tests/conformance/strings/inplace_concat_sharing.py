# `s += t` may append to s in place only when nothing else can see s: every other holder of
# the old string keeps seeing the old text.
def loop_with_alias():
    s = "ab"
    kept = []
    for i in range(5):
        kept.append(s)      # a list keeps the old string
        s += str(i)
    return s, kept


def alias_in_local():
    s = "x" * 3
    t = s                   # another local holds the same object
    s += "y"
    return s, t, s is t


def alias_in_closure():
    s = "base"
    def peek():
        return s
    s += "!"                # s is a cell here: peek sees the new value
    return peek()


def self_concat():
    s = "ab"
    for _ in range(3):
        s += s
    return s


def dict_key_unchanged():
    s = "key"
    d = {s: 1}
    s += "2"
    d[s] = 2
    return sorted(d.items()), hash("key") == hash(next(iter(d)))


def hash_after_append():
    s = "h"
    for c in "ello":
        s += c
    return s == "hello", hash(s) == hash("hello"), {s: 1}["hello"]


def non_ascii():
    s = "é"
    for c in "ñ€😀a":
        s += c
    return s, len(s), s[-2], s[::-1]


def generator_locals():
    s = ""
    for i in range(4):
        s += chr(65 + i)
        yield s


def empty_and_constant():
    a = ""
    a += ""
    b = "const"
    b += ""
    c = "const"
    return a, b, c, b == c


def failing_append():
    s = "abc"
    try:
        s += 5
    except TypeError as e:
        print("TypeError", e)
    return s


class Holder:
    pass


def attribute_and_item_targets():
    h = Holder()
    h.s = "a"
    old = h.s
    h.s += "b"
    lst = ["x"]
    first = lst[0]
    lst[0] += "y"
    return h.s, old, lst, first


print(loop_with_alias())
print(alias_in_local())
print(alias_in_closure())
print(self_concat())
print(dict_key_unchanged())
print(hash_after_append())
print(non_ascii())
print(list(generator_locals()))
print(empty_and_constant())
print(failing_append())
print(attribute_and_item_targets())
s = "module"
t = s
s += " level"
print(s, t)
