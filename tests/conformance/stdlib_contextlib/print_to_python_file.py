class W:
    def write(self, s): print("write", repr(s))
    def flush(self): print("flush")
print("a", "b", file=W(), flush=True)
print("c", file=W(), sep="-", end="!")
print()
