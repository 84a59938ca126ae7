# ExceptionGroup and BaseExceptionGroup are builtins: no import needed (except* included).
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__[1:3])
try:
    raise KeyError("k")
except* KeyError as eg:
    print(type(eg).__name__, eg.exceptions)
