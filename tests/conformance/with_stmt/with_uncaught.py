class Logger:
    def __enter__(self):
        print("start logging")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("stop logging, error:", exc_type.__name__ if exc_type else None)

with Logger():
    print("working")
with Logger():
    print("about to fail")
    raise RuntimeError("boom")
print("unreachable")
