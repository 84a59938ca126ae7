class Ignore:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed:", exc_type.__name__, exc)
            return True
        return False

with Ignore(ZeroDivisionError):
    print(1 / 0)
print("continued")

try:
    with Ignore(KeyError) as v:
        print("v is", v)
        int("bad")
except ValueError as e:
    print("propagated:", e)
