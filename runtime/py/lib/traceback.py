"""Printing and formatting exceptions as CPython 3.11 does (the text of an uncaught exception's
traceback). Not supported: stack frames and FrameSummary objects (print_stack, extract_tb,
extract_stack, walk_tb raise NotImplementedError)."""

import sys
import _inspect

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_stack', 'format_stack', 'extract_tb',
           'extract_stack', 'format_tb', 'print_tb', 'TracebackException', 'walk_tb']

_sentinel = object()


def _exception_of(exc, value):
    # Both the 3.10+ form f(exc) and the old f(type, value, tb).
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, type):
        return None
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if limit is not None:
        raise NotImplementedError('traceback.format_exception(limit=...)')
    return _lines(_inspect.format_exception(exc))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__'):
        name = f'{module}.{name}'
    text = str(exc)
    return [f'{name}: {text}\n' if text else f'{name}\n']


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)


def _unsupported(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f'traceback.{name} (no frame objects here)')
    fn.__name__ = name
    return fn


print_stack = _unsupported('print_stack')
format_stack = _unsupported('format_stack')
extract_tb = _unsupported('extract_tb')
extract_stack = _unsupported('extract_stack')
format_tb = _unsupported('format_tb')
print_tb = _unsupported('print_tb')
walk_tb = _unsupported('walk_tb')
walk_stack = _unsupported('walk_stack')
