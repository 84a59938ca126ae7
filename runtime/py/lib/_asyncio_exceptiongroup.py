"""BaseExceptionGroup and ExceptionGroup, written in Python; the interpreter loads them into
builtins the first time a program names one (runtime/py/lazy_builtins.cpp).

TaskGroup raises them. Same constructor checks, messages, str/repr, split/subgroup/derive as
CPython 3.11; `except*` is a compiler feature and is not provided here.
"""

__all__ = ('BaseExceptionGroup', 'ExceptionGroup')

def _is_sequence(obj):
    if isinstance(obj, (list, tuple)):
        return True
    if isinstance(obj, (dict, set, frozenset, str)):
        return isinstance(obj, str)
    return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')


def _is_exception_type(obj):
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _matcher(condition):
    if _is_exception_type(condition):
        return lambda exc: isinstance(exc, condition)
    if isinstance(condition, tuple) and all(_is_exception_type(c) for c in condition):
        return lambda exc: isinstance(exc, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


def _checked_arguments(cls, args, kwargs):
    # The checks of CPython's BaseExceptionGroup.__new__; returns (message, exceptions tuple,
    # whether a BaseException that isn't an Exception is nested).
    if kwargs:
        raise TypeError(f'{cls.__name__}() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
    message, excs = args
    if not isinstance(message, str):
        raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
    if not _is_sequence(excs):
        raise TypeError('second argument (exceptions) must be a sequence')
    items = tuple(excs)
    if not items:
        raise ValueError('second argument (exceptions) must be a non-empty sequence')
    for index, exc in enumerate(items):
        if not isinstance(exc, BaseException):
            raise ValueError(f'Item {index} of second argument (exceptions) is not an exception')
    nests_base = False
    for exc in items:
        if not isinstance(exc, Exception):
            nests_base = True
    if nests_base and cls is not BaseExceptionGroup and issubclass(cls, Exception):
        if cls is ExceptionGroup:
            raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
        raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
    return message, items, nests_base


def _make_group(message, excs):
    """BaseExceptionGroup(message, excs), which is an ExceptionGroup when every exception is an
    Exception, even where the interpreter doesn't run a Python __new__."""
    for exc in excs:
        if not isinstance(exc, Exception):
            return BaseExceptionGroup(message, excs)
    return ExceptionGroup(message, excs)


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""
    __module__ = 'builtins'
    _eg_message = None
    _eg_exceptions = None

    def __new__(cls, *args, **kwargs):
        message, items, nests_base = _checked_arguments(cls, args, kwargs)
        if cls is BaseExceptionGroup and not nests_base:
            cls = ExceptionGroup
        self = super().__new__(cls, *args)
        self._eg_message = message
        self._eg_exceptions = items
        return self

    def __init__(self, *args, **kwargs):
        if self._eg_exceptions is None:
            # __new__ did not run (an interpreter without Python-level __new__): check here.
            message, items, nests_base = _checked_arguments(type(self), args, kwargs)
            self._eg_message = message
            self._eg_exceptions = items
        elif kwargs:
            raise TypeError(f'{type(self).__name__}() takes no keyword arguments')
        super().__init__(*args)

    @property
    def message(self):
        """exception message"""
        return self._eg_message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return f'{self._eg_message} ({n} sub-exception{"" if n == 1 else "s"})'

    def derive(self, excs):
        return _make_group(self._eg_message, excs)

    def _derive_keeping_metadata(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            group.__notes__ = notes
        return group

    def _split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for exc in self._eg_exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        return (self._derive_keeping_metadata(matched) if matched else None,
                self._derive_keeping_metadata(rest) if rest else None)

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'
