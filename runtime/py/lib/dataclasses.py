"""@dataclass and its helpers, following CPython 3.11's behaviour. The generated methods are
compiled from source text (as CPython does), so their argument errors read the same.
Not supported: weakref_slot; make_dataclass raises NotImplementedError.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()

_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets its __set_name__ too.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# --- reading the class body ------------------------------------------------------------------------
def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith(('ClassVar', 'typing.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith(('InitVar', 'dataclasses.InitVar'))
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return a_type is KW_ONLY


def _unhashable_class(cls):
    # CPython's test is `cls.__hash__ is None`; built-in types here don't expose __hash__.
    return issubclass(cls, (list, dict, set)) or getattr(cls, '__hash__', 0) is None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable_class(type(f.default)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# --- generated methods -----------------------------------------------------------------------------
def _create_fn(name, args, body, cls, globals_, locals_):
    """Compiles `def name(args): body` with `locals_` visible, named as a method of cls."""
    locals_ = dict(locals_)
    params = ', '.join(locals_)
    body_text = '\n'.join('  ' + line for line in body) if body else '  pass'
    txt = f' def {name}({", ".join(args)}):\n{body_text}'
    src = f'def __create_fn__({params}):\n{txt}\n return {name}'
    ns = {}
    exec(src, globals_, ns)
    fn = ns['__create_fn__'](**locals_)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals_, self_name):
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        locals_[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is not MISSING:
                locals_[default_name] = f.default
            value = f.name
        else:
            return None  # no default and not in __init__: left unset, as in CPython
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f'{f.name}=_dflt_{f.name}'
    return f'{f.name}=_HAS_DEFAULT_FACTORY'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals_, cls):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
               '__dataclass_builtins_object__': object}
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals_, self_name)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', args, body, cls, globals_, locals_)


def _repr_fn(fields, cls):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({parts})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _tuple_fn(fields):
    names = [f.name for f in fields]

    def as_tuple(self):
        return tuple(getattr(self, n) for n in names)
    return as_tuple


def _cmp_fn(name, op, fields, cls):
    as_tuple = _tuple_fn(fields)

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(as_tuple(self), as_tuple(other))
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = f'{cls.__qualname__}.{name}'
    return compare


def _hash_fn(fields, cls):
    as_tuple = _tuple_fn(fields)

    def __hash__(self):
        return hash(as_tuple(self))
    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# --- @dataclass ------------------------------------------------------------------------------------
def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    globals_ = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        all_fields[f.name] = f
        # The class attribute is the plain default (a Field or factory leaves none).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        std = [f for f in field_list if f.init and not f.kw_only]
        kw = [f for f in field_list if f.init and f.kw_only]
        _set_new_attribute(cls, '__init__',
                           _init_fn(field_list, std, kw, frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in all_fields else 'self',
                                    globals_, cls))
    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in real_fields if f.repr], cls))
    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', lambda a, b: a == b, compared, cls))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared, cls)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_get_del_attr(cls, real_fields)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(hashed, cls)
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = _hash_fn(hashed, cls)
        elif eq:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + '(...)'
        except (AttributeError, TypeError):
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in field_list if f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, [f.name for f in field_list])
    return cls


def _add_slots(cls, field_names):
    # slots=True: the class made again with __slots__ naming its fields (a class's __slots__
    # count only when it is created); the defaults stay in __init__.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace['__slots__'] = tuple(field_names)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if weakref_slot:
        raise NotImplementedError('dataclass(weakref_slot=True)')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# --- helpers ---------------------------------------------------------------------------------------
def fields(class_or_instance):
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy(obj)


def _copy(obj):
    # CPython deep-copies leaf values; plain immutable leaves are returned as they are.
    if isinstance(obj, (int, float, str, bytes, type(None))):
        return obj
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, **kwargs):
    raise NotImplementedError('dataclasses.make_dataclass')
