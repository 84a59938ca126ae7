"""collections.namedtuple (re-exported by collections): the classes it makes keep their items
in a tuple (`_values`), since tuple can't be subclassed from Python here yet."""

from _collections import _set_type_name

_absent = object()

# --- namedtuple -------------------------------------------------------------------------------------
_keywords = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _field_getter(index, name):
    def get(self):
        return self._values[index]
    def refuse(self, value):  # CPython's _tuplegetter refuses with this message
        raise AttributeError("can't set attribute")
    return property(get, refuse)


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
