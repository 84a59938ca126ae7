import asyncio
for args in [(1, []), ('m', 1), ('m', []), ('m', [1]), ('m', {ValueError()}), ('m',)]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
class My(ExceptionGroup):
    pass
try:
    My('m', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
try:
    ExceptionGroup('m', [ValueError()], x=1)
except TypeError as e:
    print('TypeError', e)
e = BaseExceptionGroup('m', [ValueError(1), TypeError(2)])
print(type(e).__name__, repr(e), str(e), e.message, e.exceptions, e.args)
print(isinstance(e, Exception), isinstance(e, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
b = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(b).__name__, repr(b), str(b), isinstance(b, Exception))
eg2 = ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [TypeError(2), ValueError(3)])])
print(repr(eg2.split(TypeError)))
print(repr(eg2.split((TypeError, ValueError))))
print(repr(eg2.subgroup(lambda e: isinstance(e, ValueError))))
print(repr(eg2.subgroup(KeyError)))
print(eg2.subgroup(ExceptionGroup) is eg2)
try:
    eg2.split(1)
except TypeError as e:
    print('TypeError', e)
print(repr(eg2.derive([KeyError(5)])))
m = My('x', [ValueError()])
print(type(m).__name__, type(m.derive([ValueError()])).__name__)
try:
    raise ExceptionGroup('raised', [ValueError('v')])
except ExceptionGroup as ex:
    print('caught', ex)
try:
    raise BaseExceptionGroup('raised', [ValueError('v')])
except Exception as ex:
    print('caught as Exception', type(ex).__name__)
print(ExceptionGroup('one', [ValueError()]))
