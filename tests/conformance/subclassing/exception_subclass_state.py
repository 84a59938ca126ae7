# Custom exceptions (subclasses of Exception and of builtin errors) with their own state.
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError, KeyError):
    pass


try:
    raise NotFound("no user", 404)
except KeyError as exc:
    print(type(exc).__name__, exc, exc.code, exc.args, isinstance(exc, AppError), repr(exc))


class RetryableError(ValueError):
    attempts = 0

    def __init__(self, *args):
        super().__init__(*args)
        RetryableError.attempts += 1


for i in range(2):
    try:
        raise RetryableError("again", i)
    except ValueError as exc:
        print(exc, exc.args, RetryableError.attempts)
print(issubclass(NotFound, LookupError), NotFound.__mro__[1:4])
