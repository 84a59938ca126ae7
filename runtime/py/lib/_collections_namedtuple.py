"""collections.namedtuple (re-exported by collections): the classes it makes are real subclasses
of tuple, built the way CPython 3.11 builds them: an eval'd __new__ with one parameter per field
(so argument errors read as CPython's), and a read-only property per field over itemgetter."""

from operator import itemgetter as _itemgetter

_tuple_new = tuple.__new__
_GenericAlias = type(tuple[int])

_keywords = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _refuse_set(self, value):  # CPython's _tuplegetter refuses with this message
    raise AttributeError("can't set attribute")


def _field_property(index):
    return property(_itemgetter(index), _refuse_set, doc=f'Alias for field number {index}')


def _checked_names(typename, field_names, rename):
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
    return typename, tuple(field_names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    typename, field_names = _checked_names(typename, field_names, rename)
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    namespace = {'_tuple_new': _tuple_new, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    # Defaults are written into the parameter list (as _default_N names in the namespace):
    # this interpreter's functions don't take an assigned __defaults__.
    params = list(field_names)
    for index, name in enumerate(field_names):
        if name in field_defaults:
            namespace[f'_default_{index}'] = field_defaults[name]
            params[index] = f'{name}=_default_{index}'
    __new__ = eval(f'lambda _cls, {", ".join(params)}: _tuple_new(_cls, ({arg_list}))', namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__class_getitem__': classmethod(_GenericAlias),  # tuple's isn't inherited here
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_property(index)
    cls = type(typename, (tuple,), class_namespace)
    cls.__module__ = module if module is not None else '__main__'
    return cls
