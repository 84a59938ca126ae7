"""Inspecting live objects: the is* predicates, signature() for Python functions, getdoc,
getmembers, following CPython 3.11; currentframe() gives a snapshot of the caller's frame (see
sys._getframe). Not supported: source code and stack() (getsource, stack raise
NotImplementedError)."""

import sys
import types
from _inspect import code_info as _code_info

__all__ = ['iscoroutinefunction', 'isawaitable', 'iscoroutine', 'isgenerator', 'isgeneratorfunction',
           'isasyncgen', 'isasyncgenfunction', 'isfunction', 'ismethod', 'isclass', 'ismodule',
           'isbuiltin', 'isroutine', 'isabstract', 'signature', 'Signature', 'Parameter',
           'getdoc', 'getmembers', 'cleandoc', 'unwrap', 'getmro', 'iscode', 'isframe',
           'istraceback', 'getsource', 'currentframe', 'stack', 'getfullargspec', 'isdatadescriptor',
           'ismethoddescriptor', 'getattr_static', 'BoundArguments']

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_ITERABLE_COROUTINE = 0x100
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8


def _unwrap_partial(f):
    while True:
        if isinstance(f, types.MethodType):
            f = f.__func__
        elif type(f).__name__ in ('partial', 'partialmethod') and hasattr(f, 'func'):
            f = f.func
        else:
            return f


def _has_flag(f, flag):
    info = _code_info(_unwrap_partial(f))
    return info is not None and bool(info[0] & flag)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return False  # (a types.coroutine generator would be; not made here)
    return hasattr(type(obj), '__await__') or hasattr(obj, '__await__')


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def iscode(obj):
    return type(obj).__name__ == 'code' and type(obj).__module__ == 'builtins'


def isframe(obj):
    return type(obj).__name__ == 'frame' and type(obj).__module__ == 'builtins'


def istraceback(obj):
    return type(obj).__name__ == 'traceback' and type(obj).__module__ == 'builtins'


def isdatadescriptor(obj):
    return isinstance(obj, property)


def ismethoddescriptor(obj):
    return False


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n') if hasattr(doc, 'expandtabs') else doc.split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=...):
    for scope in ([obj] if not isinstance(obj, type) else []) + list(type(obj).__mro__ if not isinstance(obj, type) else obj.__mro__):
        d = getattr(scope, '__dict__', {})
        if attr in d:
            return d[attr]
    if default is not ...:
        return default
    raise AttributeError(attr)


def _unsupported(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f'inspect.{name} (no frames or source code here)')
    fn.__name__ = name
    return fn


getsource = _unsupported('getsource')
getsourcelines = _unsupported('getsourcelines')
getfile = _unsupported('getfile')


def currentframe():
    return sys._getframe(1)

stack = _unsupported('stack')


# --- signature -------------------------------------------------------------------------------------
class _empty:
    """Marker for a missing default or annotation."""


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty
    _kind_names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY',
                   'VAR_KEYWORD')

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: _Kind(self._kind))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {_annotation_repr(self._annotation)}'
        if self._default is not _empty:
            text = f'{text} = {self._default!r}' if self._annotation is not _empty else f'{text}={self._default!r}'
        if self._kind == Parameter.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == Parameter.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def replace(self, *, name=None, kind=None, default=..., annotation=...):
        return Parameter(self._name if name is None else name, self._kind if kind is None else kind,
                         default=self._default if default is ... else default,
                         annotation=self._annotation if annotation is ... else annotation)


class _Kind:
    def __init__(self, value):
        self.value = value
        self.name = Parameter._kind_names[value]

    def __eq__(self, other):
        if isinstance(other, _Kind):
            return self.value == other.value
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __str__(self):
        return self.name

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'


def _annotation_repr(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        args = []
        for p in self.signature.parameters.values():
            if p._kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD) or p.name not in self.arguments:
                if p._kind == Parameter.VAR_KEYWORD or p._kind == Parameter.KEYWORD_ONLY:
                    break
                continue
            if p._kind == Parameter.VAR_POSITIONAL:
                args.extend(self.arguments[p.name])
            else:
                args.append(self.arguments[p.name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p._kind == Parameter.KEYWORD_ONLY:
                kwargs[p.name] = self.arguments[p.name]
            elif p._kind == Parameter.VAR_KEYWORD:
                kwargs.update(self.arguments[p.name])
        return kwargs

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p._kind == Parameter.VAR_POSITIONAL:
                new[p.name] = ()
            elif p._kind == Parameter.VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({items})>'


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_done = False
        for p in self._parameters.values():
            if p._kind == Parameter.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if p._kind == Parameter.VAR_POSITIONAL:
                star_done = True
            elif p._kind == Parameter.KEYWORD_ONLY and not star_done:
                parts.append('*')
                star_done = True
            parts.append(str(p))
        if slash_pending:
            parts.append('/')
        text = f"({', '.join(parts)})"
        if self._return_annotation is not _empty:
            text += f' -> {_annotation_repr(self._return_annotation)}'
        return text

    def __repr__(self):
        return f'<Signature {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def replace(self, *, parameters=..., return_annotation=...):
        return Signature(list(self._parameters.values()) if parameters is ... else parameters,
                         return_annotation=self._return_annotation if return_annotation is ... else return_annotation)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        i = 0
        for p in params:
            if p._kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.name in kwargs and p._kind != Parameter.POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {p.name!r}')
            elif p._kind == Parameter.VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p._kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {p.name!r}')
            elif p._kind == Parameter.VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return BoundArguments(self, arguments)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if isinstance(sig, Signature):
        return sig
    skip_first = False
    if isinstance(obj, types.MethodType):
        obj = obj.__func__
        skip_first = True
    elif isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if init is None or _code_info(init) is None:
            raise ValueError(f'no signature found for builtin type {obj!r}')
        obj = init
        skip_first = True
    elif not isinstance(obj, types.FunctionType) and _code_info(obj) is None:
        call = getattr(type(obj), '__call__', None)
        if call is not None and _code_info(call) is not None:
            obj = call
            skip_first = True
    info = _code_info(obj)
    if info is None:
        raise ValueError(f'no signature found for builtin {obj!r}')
    flags, argcount, posonly, kwonly, names, defaults, kwdefaults = info
    annotations = getattr(obj, '__annotations__', {}) or {}
    defaults = defaults or ()
    kwdefaults = kwdefaults or {}
    params = []
    first_default = argcount - len(defaults)
    for i in range(argcount):
        name = names[i]
        kind = Parameter.POSITIONAL_ONLY if i < posonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = argcount
    if flags & CO_VARARGS:
        name = names[argcount + kwonly]
        params.insert(argcount, Parameter(name, Parameter.VAR_POSITIONAL,
                                          annotation=annotations.get(name, _empty)))
    for j in range(kwonly):
        name = names[index + j]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        name = names[-1]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first and params:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def getfullargspec(func):
    raise NotImplementedError('inspect.getfullargspec')
