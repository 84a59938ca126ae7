"""Container datatypes. deque is native (_collections); the dict-like classes keep their items in
a plain dict (`_data`) because built-in types can't be subclassed from Python here yet, and
namedtuple classes keep theirs in a tuple (`_values`). Behaviour and reprs follow CPython 3.11.
"""

from _collections import deque, _set_type_name

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

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


# --- defaultdict ------------------------------------------------------------------------------------
class defaultdict(_DictBase):
    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictBase.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        return f'{self.__class__.__name__}({self.default_factory!r}, {self._data!r})'


# --- OrderedDict ------------------------------------------------------------------------------------
class OrderedDict(_DictBase):
    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)  # KeyError(key) when absent, as CPython's
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictBase.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self._data.items())!r})'


# --- Counter ----------------------------------------------------------------------------------------
class Counter(_DictBase):
    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep first-seen order, as in CPython.
        ordered = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for key, count in list(self._data.items()):
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self._data:
                    for key in iterable.keys():
                        self[key] = iterable[key] + self._data.get(key, 0)
                else:
                    for key in iterable.keys():
                        self[key] = iterable[key]
            else:
                data = self._data
                for key in iterable:
                    data[key] = data.get(key, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for key in iterable.keys():
                    self[key] = self._data.get(key, 0) - iterable[key]
            else:
                for key in iterable:
                    self[key] = self._data.get(key, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def __repr__(self):
        if not self._data:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self._data)
        return f'{self.__class__.__name__}({shown!r})'

    # Comparisons treat missing keys as zero counts (3.10+).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return _DictBase.__eq__(self, other)  # plain dict equality, as dict's own __eq__
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


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


# --- namedtuple -------------------------------------------------------------------------------------
_keywords = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _field_getter(index, name):
    def get(self):
        return self._values[index]
    return property(get)


class _TupleBase:
    """The tuple protocol over self._values."""

    __slots__ = ('_values',)
    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwds):
        fields = self._fields
        name = self.__class__.__name__
        if len(args) > len(fields):
            raise TypeError(f'{name}.__new__() takes {len(fields) + 1} positional arguments '
                            f'but {len(args) + 1} were given')
        values = list(args) + [_absent] * (len(fields) - len(args))
        for key, value in kwds.items():
            if key not in fields:
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{key}'")
            i = fields.index(key)
            if i < len(args):
                raise TypeError(f"{name}.__new__() got multiple values for argument '{key}'")
            values[i] = value
        missing = []
        for i, field in enumerate(fields):
            if values[i] is _absent:
                if field in self._field_defaults:
                    values[i] = self._field_defaults[field]
                else:
                    missing.append(field)
        if missing:
            quoted = [f"'{m}'" for m in missing]
            if len(quoted) == 1:
                listed = quoted[0]
            elif len(quoted) == 2:
                listed = f'{quoted[0]} and {quoted[1]}'
            else:
                listed = ', '.join(quoted[:-1]) + f', and {quoted[-1]}'
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{name}.__new__() missing {len(missing)} required positional '
                            f'argument{plural}: {listed}')
        self._values = tuple(values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
        return cls(*values)

    def _replace(self, **kwds):
        values = list(self._values)
        for key, value in kwds.items():
            if key not in self._fields:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            values[self._fields.index(key)] = value
        return self.__class__(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def __getnewargs__(self):
        return self._values

    def __repr__(self):
        inner = ', '.join(f'{f}={v!r}' for f, v in zip(self._fields, self._values))
        return f'{self.__class__.__name__}({inner})'

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __contains__(self, item):
        return item in self._values

    def __hash__(self):
        return hash(self._values)

    def count(self, value):
        return self._values.count(value)

    def index(self, value, *args):
        return self._values.index(value, *args)

    def __add__(self, other):
        if isinstance(other, _TupleBase):
            other = other._values
        if not isinstance(other, tuple):
            return NotImplemented
        return self._values + other

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return other + self._values

    def __mul__(self, n):
        return self._values * n

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, _TupleBase):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values < other

    def __le__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values > other

    def __ge__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values >= other


def _as_tuple(obj):
    if isinstance(obj, _TupleBase):
        return obj._values
    if isinstance(obj, tuple):
        return obj
    return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _keywords or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _keywords:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    class _NamedTuple(_TupleBase):
        __slots__ = ()

    cls = _NamedTuple
    _set_type_name(cls, typename)
    cls._fields = tuple(field_names)
    cls._field_defaults = field_defaults
    cls.__match_args__ = tuple(field_names)
    cls.__doc__ = f'{typename}({", ".join(field_names)})'
    cls.__module__ = module if module is not None else '__main__'
    for index, name in enumerate(field_names):
        setattr(cls, name, _field_getter(index, name))
    return cls


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
