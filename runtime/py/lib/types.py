"""Names for the interpreter's built-in types, SimpleNamespace and new_class, following
CPython 3.11's behaviour."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CoroutineType', 'GeneratorType', 'AsyncGeneratorType',
           'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'SimpleNamespace', 'NoneType', 'NotImplementedType', 'EllipsisType', 'GenericAlias', 'UnionType',
           'MappingProxyType', 'new_class', 'prepare_class', 'resolve_bases', 'coroutine',
           'DynamicClassAttribute', 'TracebackType', 'FrameType', 'CodeType', 'CellType']


def _f():
    pass


async def _c():
    pass


async def _ag():
    yield


def _g():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = dict  # no read-only view here: a dict stands in


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = (f'{k}={v!r}' for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def resolve_bases(bases):
    new_bases = []
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            new_bases.append(base)
        else:
            new_bases.extend(entries(bases))
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases and tuple(resolved) != tuple(bases):
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    raise NotImplementedError('types.coroutine')


DynamicClassAttribute = property  # (the class-level lookup difference isn't modelled)


class TracebackType:
    pass


class FrameType:
    pass


class CodeType:
    pass


class CellType:
    pass
