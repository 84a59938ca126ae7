"""pickle: only its exceptions for now (what multiprocessing raises when an object can't travel
between processes, _mp_pickle.py); dumps and loads are not supported yet."""

from _mp_pickle import PickleError, PicklingError, UnpicklingError

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    raise NotImplementedError("pickle.dumps() is not supported yet (multiprocessing copies objects without it)")


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    raise NotImplementedError("pickle.loads() is not supported yet (multiprocessing copies objects without it)")
