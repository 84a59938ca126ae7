"""How objects travel between multiprocessing's processes: dumps() turns an object into a tree of
tagged tuples in the sending process and loads() rebuilds it in the receiving one, so the
receiver gets a copy, as through CPython's pickle. Functions and classes travel by module and
qualified name and are looked up again in the receiver's own modules (its __main__ is the
program re-run as __mp_main__); what pickle refuses (lambdas, local functions, generators,
locks) raises pickle's errors. Objects made to be shared between processes (multiprocessing's
queues, locks, Value, Array: `_mp_shared = True`) travel as themselves."""

import _multiprocessing

_IMMUTABLE = (type(None), bool, int, float, str, bytes, type(...), type(NotImplemented), range)
_REFUSED = {'generator', 'coroutine', 'async_generator', 'module', 'frame', 'Frame', 'lock',
            'RLock', '_thread.lock', '_thread.RLock', 'TextIOWrapper'}


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'


def _lookup(module_name, qualname):
    """The object named qualname in the running process's module `module_name`."""
    modules = _multiprocessing._modules()
    module = modules.get(module_name)
    if module is None:
        module = __import__(module_name)
        module = modules.get(module_name, module)
    obj = module
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _global(obj):
    """A function or class as (module, qualname), after checking the receiver can find it."""
    name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    module = getattr(obj, '__module__', None) or '__main__'
    if module == 'builtins':
        return ('R', obj)  # built-ins are the same in every process
    if '<locals>' in name:
        raise AttributeError(f"Can't pickle local object {name!r}")
    try:
        found = _lookup(module, name)
    except (AttributeError, ImportError, KeyError):
        found = None
    if found is not obj:
        last = name.rsplit('.', 1)[-1]
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {last} on {module} failed")
    return ('G', module, name)


def _own_attr(cls, name):
    """cls.name defined by a Python class of its MRO (not by object or a built-in base)."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def dumps(obj):
    tp = type(obj)
    if tp in _IMMUTABLE:
        return obj
    if tp is tuple:
        return ('t', tuple(dumps(x) for x in obj))
    if tp is list:
        return ('l', tuple(dumps(x) for x in obj))
    if tp is dict:
        return ('d', tuple((dumps(k), dumps(v)) for k, v in obj.items()))
    if tp is set:
        return ('s', tuple(dumps(x) for x in obj))
    if tp is frozenset:
        return ('f', tuple(dumps(x) for x in obj))
    if tp is bytearray:
        return ('b', bytes(obj))
    if getattr(tp, '_mp_shared', False):
        return ('R', obj)
    if isinstance(obj, type):
        return _global(obj)
    tname = tp.__name__
    if tname == 'function':
        return _global(obj)
    if tname == 'builtin_function_or_method':
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            return ('R', obj)  # native functions are the same in every process
        return ('m', dumps(owner), obj.__name__)
    if tname == 'method':
        return ('m', dumps(obj.__self__), obj.__func__.__name__)
    if tname in _REFUSED or tp.__module__ == 'builtins' and not hasattr(obj, '__dict__') and not isinstance(obj, BaseException):
        raise TypeError(f"cannot pickle {tname!r} object")
    if isinstance(obj, BaseException):
        state = {k: v for k, v in obj.__dict__.items()} if hasattr(obj, '__dict__') else {}
        return ('e', _global(tp), dumps(obj.args), dumps(state))
    reduce = _own_attr(tp, '__reduce__')
    if reduce is not None:
        made = reduce(obj)
        return ('r', dumps(made[0]), dumps(made[1]), dumps(made[2] if len(made) > 2 else None))
    getstate = _own_attr(tp, '__getstate__')
    state = getstate(obj) if getstate is not None else getattr(obj, '__dict__', None)
    if isinstance(obj, tuple):
        return ('n', _global(tp), tuple(dumps(x) for x in obj), dumps(state))
    if isinstance(obj, (list, dict, set)):
        raise TypeError(f"cannot pickle {tname!r} object (a subclass of a built-in container)")
    return ('o', _global(tp), dumps(state))


def loads(data):
    if type(data) is not tuple:
        return data
    tag = data[0]
    if tag == 't':
        return tuple(loads(x) for x in data[1])
    if tag == 'l':
        return [loads(x) for x in data[1]]
    if tag == 'd':
        return {loads(k): loads(v) for k, v in data[1]}
    if tag == 's':
        return {loads(x) for x in data[1]}
    if tag == 'f':
        return frozenset(loads(x) for x in data[1])
    if tag == 'b':
        return bytearray(data[1])
    if tag == 'R':
        return data[1]
    if tag == 'G':
        return _lookup(data[1], data[2])
    if tag == 'm':
        return getattr(loads(data[1]), data[2])
    if tag == 'e':
        exc = loads(data[1])(*loads(data[2]))  # as BaseException.__reduce__ rebuilds one
        for k, v in loads(data[3]).items():
            setattr(exc, k, v)
        return exc
    if tag == 'r':
        obj = loads(data[1])(*loads(data[2]))
        state = loads(data[3])
        if state is not None:
            _set_state(obj, state)
        return obj
    if tag == 'n':
        cls = loads(data[1])
        obj = tuple.__new__(cls, [loads(x) for x in data[2]])
        state = loads(data[3])
        if state:
            _set_state(obj, state)
        return obj
    if tag == 'o':
        cls = loads(data[1])
        obj = object.__new__(cls)
        state = loads(data[2])
        if state is not None:
            _set_state(obj, state)
        return obj
    raise UnpicklingError(f'invalid load key, {tag!r}.')


def _set_state(obj, state):
    setstate = _own_attr(type(obj), '__setstate__')
    if setstate is not None:
        setstate(obj, state)
    else:
        obj.__dict__.update(state)


def copy(obj):
    """obj as the running process would receive it from another."""
    return loads(dumps(obj))
