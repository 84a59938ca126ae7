class AppError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

e = AppError(404, "Not Found")
print(repr(e), e.args, str(e))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain("x")), str(Plain("a", "b")))
class WithStr(ValueError):
    def __str__(self):
        return "custom!"
try:
    raise WithStr("ignored")
except ValueError as err:
    print(err, repr(err), err.args)
try:
    raise Plain
except Plain as p:
    print("class raised:", repr(p))
errors = []
for exc_type in (KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc_type("msg")
    except LookupError as le:
        errors.append(("lookup", type(le).__name__))
    except Exception as other:
        errors.append(("other", type(other).__name__))
print(errors)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(KeyError("a b"), KeyError(), IndexError("i"), repr(ValueError("v")))
try:
    raise TypeError("first")
except TypeError as first:
    try:
        raise ValueError("second")
    except ValueError as second:
        print(repr(second.__context__), second.__cause__)
