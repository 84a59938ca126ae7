"""Container datatypes. deque is native (_collections); defaultdict, OrderedDict and Counter
are real subclasses of dict, namedtuple classes real subclasses of tuple; UserDict wraps a dict
(`_data`, see _collections_dictbase) as CPython's does. Counter and namedtuple live in their own
files. Behaviour and reprs follow CPython 3.11.
"""

from _collections import deque, _set_type_name
from _collections_dictbase import _DictBase
from _collections_counter import Counter
from _collections_namedtuple import namedtuple

# Subclasses of dict don't inherit its subscripting (dict[str, int]) here: each class says so.
_GenericAlias = type(list[int])

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


# --- defaultdict ------------------------------------------------------------------------------------
class defaultdict(dict):
    """A dict whose absent keys get default_factory() stored under them."""

    __slots__ = ('default_factory',)  # no __dict__, as CPython's
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (self.default_factory,), None, None, iter(self.items())

    def __deepcopy__(self, memo):
        # copy.deepcopy rebuilds dict subclasses from their __dict__; the factory is a slot.
        from copy import deepcopy
        new = self.__class__(self.default_factory)
        memo[id(self)] = new
        for key, value in self.items():
            new[deepcopy(key, memo)] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f'{self.__class__.__name__}({self.default_factory!r}, {dict.__repr__(self)})'


# --- OrderedDict ------------------------------------------------------------------------------------
_dict_keys_type = type({}.keys())
_dict_items_type = type({}.items())


class _OrderedView:
    """odict_keys / odict_values / odict_items: live views that print as CPython's do."""

    def __init__(self, od, kind):
        self._od = od
        self._kind = kind

    def _view(self):
        od = self._od
        kind = self._kind
        return dict.keys(od) if kind == 'keys' else dict.values(od) if kind == 'values' else dict.items(od)

    def __iter__(self):
        return iter(self._view())

    def __len__(self):
        return dict.__len__(self._od)

    def __contains__(self, item):
        return item in self._view()

    def __reversed__(self):
        return reversed(self._view())

    def __repr__(self):
        return f'odict_{self._kind}({list(self._view())!r})'

    def __eq__(self, other):
        if self._kind == 'values':
            return self is other  # values views compare by identity, as in CPython
        if isinstance(other, (set, frozenset, _OrderedView, _dict_keys_type, _dict_items_type)):
            return len(self) == len(other) and all(item in other for item in self)
        return NotImplemented

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)


class OrderedDict(dict):
    """A dict that can reorder its keys (move_to_end, popitem(last=False)) and whose equality
    with another OrderedDict is order-sensitive. dict keeps insertion order already."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        # Through self[key] = value (MutableMapping.update), so a subclass's __setitem__ sees
        # every item, as in CPython; a plain OrderedDict takes dict's fast path.
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        if type(self) is OrderedDict:
            dict.update(self, *args, **kwds)
            return
        if args:
            other = args[0]
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def keys(self):
        return _OrderedView(self, 'keys')

    def values(self):
        return _OrderedView(self, 'values')

    def items(self):
        return _OrderedView(self, 'items')

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)  # KeyError(key) when absent, as CPython's
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (), None, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        key = id(self)
        if key in _repr_running:  # an OrderedDict inside itself prints as ...
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({list(dict.items(self))!r})'
        finally:
            _repr_running.discard(key)


_repr_running = set()


# CPython's defaultdict and OrderedDict are C types: their messages name them by their full
# name ("'collections.defaultdict' object has no attribute 'x'"); __name__ stays short.
for _cls in (defaultdict, OrderedDict):
    _qualname = _cls.__qualname__
    _set_type_name(_cls, f'collections.{_qualname}')
    _cls.__qualname__ = _qualname
del _cls, _qualname


# --- ChainMap ---------------------------------------------------------------------------------------
class ChainMap:
    __hash__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if isinstance(other, (dict, _DictBase)):
            return dict(self.items()) == other
        return NotImplemented


class UserDict(_DictBase):
    @property
    def data(self):
        return self._data


class UserList:
    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __contains__(self, item):
        return item in self.data

    def append(self, item):
        self.data.append(item)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)


class UserString:
    def __init__(self, seq):
        self.data = str(seq)

    def __str__(self):
        return self.data

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserString) else other)
