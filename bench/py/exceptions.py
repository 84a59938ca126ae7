# Exceptions: raise and catch in a loop, custom exception classes, try/finally.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k) from None


def run(n):
    d = {i: i for i in range(0, 100, 3)}
    caught = 0
    keysum = 0
    finals = 0
    for i in range(n):
        try:
            keysum += lookup(d, i % 100)
        except AppError as e:
            caught += 1
            keysum += e.key
        finally:
            finals += 1
        try:
            int("x") if i % 5 == 0 else None
        except ValueError:
            caught += 1
    return caught, keysum, finals


print(run(400_000))
