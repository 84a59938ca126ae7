"""Type hints: every commonly imported name, subscriptable, with CPython 3.11's reprs
(`typing.List[int]`, `typing.Optional[int]`). Hints aren't checked at run time, as in CPython.
The abstract collection aliases (Iterable, Awaitable, ...) check isinstance by the methods an
object has. Not supported: ParamSpec arguments (P.args / P.kwargs are plain objects),
substituting type variables nested more than one level deep.
"""

import sys
import _inspect
from collections import namedtuple as _namedtuple

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'List', 'Dict', 'Set', 'FrozenSet', 'Deque',
           'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap', 'Iterable', 'Iterator',
           'Generator', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Awaitable',
           'Coroutine', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
           'AbstractSet', 'MutableSet', 'Collection', 'Container', 'Hashable', 'Sized',
           'Reversible', 'NamedTuple', 'TypedDict', 'NoReturn', 'Never', 'Self', 'TypeAlias',
           'Annotated', 'NewType', 'AnyStr', 'Text', 'cast', 'overload', 'final',
           'get_type_hints', 'get_origin', 'get_args', 'no_type_check', 'runtime_checkable',
           'TYPE_CHECKING', 'ParamSpec', 'Concatenate', 'TypeGuard', 'LiteralString',
           'Required', 'NotRequired', 'Unpack', 'TypeVarTuple', 'assert_never', 'reveal_type',
           'ContextManager', 'AsyncContextManager', 'SupportsInt', 'SupportsFloat',
           'SupportsAbs', 'SupportsIndex', 'SupportsRound', 'IO', 'TextIO', 'BinaryIO',
           'Pattern', 'Match', 'KeysView', 'ValuesView', 'ItemsView', 'assert_type',
           'dataclass_transform', 'is_typeddict']

TYPE_CHECKING = False
_NoneType = type(None)
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        module = getattr(obj, '__module__', 'builtins')
        if module == 'builtins':
            return obj.__qualname__
        return f'{module}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _FunctionType_probe():
    pass


_FunctionType = type(_FunctionType_probe)


def _convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and other.__forward_arg__ == self.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


# --- type variables --------------------------------------------------------------------------------
class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = _ParamSpecPart(self, 'args')
        self.kwargs = _ParamSpecPart(self, 'kwargs')


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._kind}'


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


# --- special forms ---------------------------------------------------------------------------------
class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _convert(p)
        items = p.__args__ if isinstance(p, (_UnionGenericAlias, _UnionType)) else (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _one_arg_form(self, parameter):
    if isinstance(parameter, tuple) and len(parameter) != 1:
        raise TypeError(f'{self} accepts only single type.')
    return _GenericAlias(self, (_convert(parameter),))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, tuple(_convert(p) for p in parameters))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _one_arg_form)
Final = _SpecialForm('Final', _one_arg_form)
TypeGuard = _SpecialForm('TypeGuard', _one_arg_form)
Required = _SpecialForm('Required', _one_arg_form)
NotRequired = _SpecialForm('NotRequired', _one_arg_form)
Unpack = _SpecialForm('Unpack', _one_arg_form)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# --- aliases ---------------------------------------------------------------------------------------
def _collect_typevars(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        elif isinstance(a, _GenericAlias):
            for p in a.__parameters__:
                if p not in found:
                    found.append(p)
        elif isinstance(a, list):
            for p in _collect_typevars(a):
                if p not in found:
                    found.append(p)
    return tuple(found)


class _GenericAlias:
    """origin[args]: `typing.List[int]`, `typing.Optional[int]`, `Stack[int]`."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = _collect_typevars(args)

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{self._origin_repr()}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        # Substitutes this alias's type variables: Dict[str, T][int] -> Dict[str, int].
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, (_convert(p) for p in params)))

        def subst(a):
            if isinstance(a, TypeVar):
                return mapping.get(a, a)
            if isinstance(a, _GenericAlias) and a.__parameters__:
                return a[tuple(mapping.get(p, p) for p in a.__parameters__)]
            if isinstance(a, list):
                return [subst(x) for x in a]
            return a
        return self._copy_with(tuple(subst(a) for a in self.__args__))

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name)

    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__.lower()}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                + ', '.join(repr(m) for m in self.__metadata__) + ']')


class _CallableGenericAlias(_GenericAlias):
    def _with_origin_name(self):
        # The same alias named after its origin class (collections.abc.Callable[...]).
        return _CallableGenericAlias(self.__origin__, self.__args__, None)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'{self._origin_repr()}[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'{self._origin_repr()}[[{params}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias:
    """An unsubscripted alias: `typing.List`, `typing.Iterable`."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_convert(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == 'Tuple' or self._nparams == -1):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for "
                            f"{self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use '
                        f'{self.__origin__.__name__.lower()}() instead')

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        return isinstance(other, _SpecialGenericAlias) and other.__origin__ is self.__origin__

    def __hash__(self):
        return hash(self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., _convert(result)), self._name)
        if not isinstance(args, (list, tuple)):
            raise TypeError(f'Callable[args, result]: args must be a list. Got {_type_repr(args)}')
        return _CallableGenericAlias(self.__origin__, tuple(_convert(a) for a in args) + (_convert(result),),
                                     self._name)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(_convert(p) for p in params), 'Tuple')


# --- abstract collections: checked by the methods an object has -------------------------------------
def _has_method(obj, name):
    # Built-in types here don't expose their slot dunders as attributes: ask the behaviour.
    if name == '__iter__':
        try:
            iter(obj)
            return True
        except TypeError:
            return False
    if name == '__next__':
        try:
            return iter(obj) is obj and type(obj).__name__ not in ('list', 'tuple', 'dict', 'str')
        except TypeError:
            return False
    if name == '__len__':
        try:
            len(obj)
            return True
        except TypeError:
            return False
    if name == '__call__':
        return callable(obj)
    if name == '__hash__':
        try:
            hash(obj)
            return True
        except TypeError:
            return False
    if name in ('__contains__', '__getitem__', '__reversed__', 'index', 'count'):
        if isinstance(obj, (list, tuple, str, range, bytes)):
            return True
        if isinstance(obj, (set, frozenset)) and name == '__contains__':
            return True
        if isinstance(obj, dict) and name in ('__contains__', '__getitem__', '__reversed__'):
            return True
    if name in ('__setitem__', '__delitem__') and isinstance(obj, (list, dict)):
        return True
    return hasattr(obj, name)


_SAMPLES = {list: [], tuple: (), dict: {}, str: '', set: set(), frozenset: frozenset(),
            range: range(0), bytes: b''}


class _ProtocolCheck(type):
    def __instancecheck__(cls, obj):
        return all(_has_method(obj, m) for m in cls.__dict__.get('_methods', ()))

    def __subclasscheck__(cls, sub):
        if sub in _SAMPLES:
            return cls.__instancecheck__(_SAMPLES[sub])
        return all(hasattr(sub, m) for m in cls.__dict__.get('_methods', ()))

    def __repr__(cls):
        return f"<class '{cls.__module__}.{cls.__name__}'>"


def _abc_getitem(cls, params):
    # collections.abc.Iterable[int] -> an alias printed as CPython's types.GenericAlias.
    if not isinstance(params, tuple):
        params = (params,)
    if cls.__name__ == 'Callable':
        return Callable[params]._with_origin_name()
    return _GenericAlias(cls, params)  # (None stays None here, as in types.GenericAlias)


def _abc(name, *methods):
    return _ProtocolCheck(name, (), {'_methods': methods, '__module__': 'collections.abc',
                                     '__class_getitem__': _abc_getitem})


_abcs = {
    'Hashable': ('__hash__',), 'Awaitable': ('__await__',), 'Coroutine': ('send', 'throw', 'close', '__await__'),
    'AsyncIterable': ('__aiter__',), 'AsyncIterator': ('__aiter__', '__anext__'),
    'AsyncGenerator': ('__aiter__', '__anext__', 'asend', 'athrow'), 'Iterable': ('__iter__',),
    'Iterator': ('__iter__', '__next__'), 'Reversible': ('__reversed__', '__iter__'),
    'Generator': ('__iter__', '__next__', 'send', 'throw'), 'Sized': ('__len__',),
    'Container': ('__contains__',), 'Callable': ('__call__',),
    'Collection': ('__len__', '__iter__', '__contains__'),
    'Sequence': ('__getitem__', '__len__', 'index', 'count'),
    'MutableSequence': ('__getitem__', '__setitem__', '__len__', 'insert', 'append'),
    'Mapping': ('__getitem__', 'keys', 'items', 'get'),
    'MutableMapping': ('__getitem__', '__setitem__', 'keys', 'items', 'pop'),
    'Set': ('__contains__', 'isdisjoint'), 'MutableSet': ('add', 'discard', 'isdisjoint'),
    'KeysView': ('isdisjoint', '__len__'), 'ValuesView': ('__len__', '__iter__'),
    'ItemsView': ('isdisjoint', '__len__'),
    'AbstractContextManager': ('__enter__', '__exit__'),
    'AbstractAsyncContextManager': ('__aenter__', '__aexit__'),
}
_abc_classes = {name: _abc(name, *methods) for name, methods in _abcs.items()}

Hashable = _SpecialGenericAlias(_abc_classes['Hashable'], 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc_classes['Sized'], 0, 'Sized')
Awaitable = _SpecialGenericAlias(_abc_classes['Awaitable'], 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc_classes['Coroutine'], 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc_classes['AsyncIterable'], 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc_classes['AsyncIterator'], 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc_classes['AsyncGenerator'], 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_abc_classes['Iterable'], 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc_classes['Iterator'], 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc_classes['Reversible'], 1, 'Reversible')
Generator = _SpecialGenericAlias(_abc_classes['Generator'], 3, 'Generator')
Container = _SpecialGenericAlias(_abc_classes['Container'], 1, 'Container')
Collection = _SpecialGenericAlias(_abc_classes['Collection'], 1, 'Collection')
Sequence = _SpecialGenericAlias(_abc_classes['Sequence'], 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc_classes['MutableSequence'], 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abc_classes['Mapping'], 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc_classes['MutableMapping'], 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc_classes['Set'], 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc_classes['MutableSet'], 1, 'MutableSet')
KeysView = _SpecialGenericAlias(_abc_classes['KeysView'], 1, 'KeysView')
ValuesView = _SpecialGenericAlias(_abc_classes['ValuesView'], 1, 'ValuesView')
ItemsView = _SpecialGenericAlias(_abc_classes['ItemsView'], 2, 'ItemsView')
ContextManager = _SpecialGenericAlias(_abc_classes['AbstractContextManager'], 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_abc_classes['AbstractAsyncContextManager'], 1, 'AsyncContextManager')
Callable = _CallableType(_abc_classes['Callable'], 2, 'Callable')

List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleType(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')


def _lazy_collections():
    import collections
    return collections


_collections = _lazy_collections()
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')


SupportsInt = _ProtocolCheck('SupportsInt', (), {'_methods': ('__int__',), '__module__': 'typing'})
SupportsFloat = _ProtocolCheck('SupportsFloat', (), {'_methods': ('__float__',), '__module__': 'typing'})
SupportsIndex = _ProtocolCheck('SupportsIndex', (), {'_methods': ('__index__',), '__module__': 'typing'})
SupportsAbs = _ProtocolCheck('SupportsAbs', (), {'_methods': ('__abs__',), '__module__': 'typing'})
SupportsRound = _ProtocolCheck('SupportsRound', (), {'_methods': ('__round__',), '__module__': 'typing'})


class IO:
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


class Pattern:
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, (item,), 'Pattern')


class Match:
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, (item,), 'Match')


# --- Generic and Protocol --------------------------------------------------------------------------
class Generic:
    """Base of user-defined generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ():
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        params = tuple(_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                    f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return False  # (a real subclass instance was already accepted)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__next_in_mro__',
                    '__parameters__', '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__', '__module__', '_MutableMapping__marker',
                    '__qualname__', '__hash__', '__init_subclass__', '__class_getitem__'):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__) or Protocol in cls.__dict__.get('__orig_bases__', ())
            if not cls._is_protocol:
                for b in cls.__dict__.get('__orig_bases__', ()):
                    if isinstance(b, _GenericAlias) and b.__origin__ is Protocol:
                        cls._is_protocol = True


def runtime_checkable(cls):
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# --- NamedTuple and TypedDict ----------------------------------------------------------------------
_namedtuple_skip = {'__module__', '__qualname__', '__annotations__', '__doc__', '__orig_bases__'}


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        types = ns.get('__annotations__', {})
        defaults = [ns[n] for n in types if n in ns]
        seen_default = False
        for n in types:
            if n in ns:
                seen_default = True
            elif seen_default:
                raise TypeError(f"Non-default namedtuple field {n} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(d for d in types if d in ns)}")
        nm_tpl = _namedtuple(typename, list(types), defaults=defaults or None,
                             module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _namedtuple_skip or key in types:
                continue
            setattr(nm_tpl, key, value)
        return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nm_tpl = _namedtuple(typename, [n for n, t in fields], module='__main__')
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        cls = type.__new__(mcs, name, (), ns)
        cls.__total__ = total
        cls.__required_keys__ = frozenset(annotations) if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# --- functions -------------------------------------------------------------------------------------
def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @overload-ed.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)  # list[int]
    return origin


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ())


def _eval_hint(value, globalns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return _eval_hint(eval(value, globalns), globalns)
    if isinstance(value, ForwardRef):
        return _eval_hint(value.__forward_arg__, globalns)
    if isinstance(value, _GenericAlias) and not isinstance(value, (_LiteralGenericAlias, _AnnotatedAlias)):
        args = tuple(_eval_hint(a, globalns) if not isinstance(a, list) else [_eval_hint(x, globalns) for x in a]
                     for a in value.__args__)
        if args != value.__args__:
            return value._copy_with(args)
    return value


def _namespace_of(module_name):
    module = sys.modules.get(module_name)
    if module is not None:
        return module.__dict__
    # The caller's module (get_type_hints is called from the program that defines the names).
    depth = 2
    while True:
        info = _inspect.frame_info(depth)
        if info is None:
            return {}
        if not info[0].startswith('<frozen '):
            return _inspect.frame_globals(depth)
        depth += 1


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            ns = globalns if globalns is not None else _namespace_of(base.__dict__.get('__module__', ''))
            for name, value in ann.items():
                hints[name] = _eval_hint(value, ns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    ns = globalns if globalns is not None else _namespace_of(getattr(obj, '__module__', ''))
    for name, value in ann.items():
        hints[name] = _eval_hint(value, ns)
    return hints
