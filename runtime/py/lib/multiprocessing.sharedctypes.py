"""Value and Array: memory shared by the processes that receive them (by reference: every
process lives in one heap here), with the lock CPython's synchronized wrappers carry."""

__all__ = ['Value', 'Array', 'RawValue', 'RawArray']

_CTYPES = {
    'c': ('c_char', b'\x00'), 'u': ('c_wchar', '\x00'), 'b': ('c_byte', 0), 'B': ('c_ubyte', 0),
    'h': ('c_short', 0), 'H': ('c_ushort', 0), 'i': ('c_int', 0), 'I': ('c_uint', 0),
    'l': ('c_long', 0), 'L': ('c_ulong', 0), 'q': ('c_longlong', 0), 'Q': ('c_ulonglong', 0),
    'f': ('c_float', 0.0), 'd': ('c_double', 0.0),
}


def _ctype(typecode):
    if typecode not in _CTYPES:
        raise NotImplementedError(f"multiprocessing.Value/Array with type {typecode!r} is not supported by Loopscope (use a typecode such as 'i' or 'd')")
    return _CTYPES[typecode]


def _convert(typecode, value):
    if typecode in 'fd':
        return float(value)
    if typecode in 'cu':
        return value
    if not isinstance(value, int):
        raise TypeError(f"int expected instead of {type(value).__name__}")
    return value


def _make_lock(lock):
    if lock is True:
        from multiprocessing.synchronize import RLock
        return RLock()
    if lock is False:
        return None
    if not hasattr(lock, 'acquire'):
        raise AttributeError(f"{lock!r} has no method 'acquire'")
    return lock


class Synchronized:
    _mp_shared = True

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._value = _convert(typecode, value)
        self._lock = lock

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_ctype(self._typecode)[0], self._value)


class SynchronizedArray(Synchronized):
    def __init__(self, typecode, values, lock):
        self._typecode = typecode
        self._items = [_convert(typecode, v) for v in values]
        self._lock = lock

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        if hasattr(i, 'indices'):  # a slice
            v = list(v)
            if len(range(*i.indices(len(self._items)))) != len(v):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = [_convert(self._typecode, x) for x in v]
        else:
            self._items[i] = _convert(self._typecode, v)

    def __iter__(self):
        return iter(list(self._items))

    def __repr__(self):
        return '<SynchronizedArray wrapper for %s_Array_%d>' % (_ctype(self._typecode)[0], len(self._items))

    @property
    def value(self):
        if self._typecode == 'c':
            return b''.join(self._items).split(b'\x00')[0]
        raise AttributeError(f"'{_ctype(self._typecode)[0]}_Array_{len(self._items)}' object has no attribute 'value'")


def Value(typecode_or_type, *args, lock=True, ctx=None):
    _, zero = _ctype(typecode_or_type)
    return Synchronized(typecode_or_type, args[0] if args else zero, _make_lock(lock))


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    _, zero = _ctype(typecode_or_type)
    if isinstance(size_or_initializer, int):
        values = [zero] * size_or_initializer
    else:
        values = list(size_or_initializer)
    return SynchronizedArray(typecode_or_type, values, _make_lock(lock))


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)
