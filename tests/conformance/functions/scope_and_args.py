def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2))

def bad_default(item, target=[]):
    target.append(item)
    return target

print(bad_default(1), bad_default(2))

def info(name, *langs, level="junior", **extra):
    parts = [name, level] + list(langs)
    for k in sorted(extra):
        parts.append(f"{k}={extra[k]}")
    return " | ".join(parts)

print(info("kim"))
print(info("lee", "python", "go", level="senior", team="A", remote=True))
args = ("park", "rust")
kw = {"level": "mid"}
print(info(*args, **kw))
