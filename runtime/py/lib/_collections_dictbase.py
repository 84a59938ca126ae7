"""The dict protocol over a plain dict (`_data`): UserDict's base (CPython's UserDict is a
MutableMapping holding a dict, not a dict subclass)."""

_absent = object()


def _is_mapping(obj):
    return isinstance(obj, (dict, _DictBase)) or hasattr(obj, 'keys')


class _DictBase:
    """The dict protocol over self._data; subclasses add __missing__ and their own reprs."""

    __hash__ = None

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return iter(list(self._data)[::-1])

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        value = self._data.get(key, _absent)
        if value is _absent:
            if key in self._data:  # a key whose value is _absent can't exist, but be exact
                return self._data[key]
            return self.__missing__(key)
        return value

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key in self._data:
            return self._data[key]
        self[key] = default
        return default

    def pop(self, key, default=_absent):
        if key in self._data:
            return self._data.pop(key)
        if default is _absent:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        return self._data.popitem()

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def __eq__(self, other):
        if isinstance(other, _DictBase):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f'{self.__class__.__name__}({self._data!r})'
