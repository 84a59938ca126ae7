"""Shallow and deep copies, following CPython 3.11's rules: __copy__ / __deepcopy__ when a class
defines them, containers rebuilt, instances copied through their __dict__, shared and
recursive references kept by the memo."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented))


def _is_atomic(x):
    if isinstance(x, _atomic):
        return True
    t = type(x)
    return t.__name__ in ('function', 'builtin_function_or_method', 'code', 'property')


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if getattr(cls, '__module__', None) == 'collections' and hasattr(x, 'copy'):
        return x.copy()  # deque, defaultdict, OrderedDict, Counter: their own copy
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    copier = getattr(cls, '__deepcopy__', None)
    if copier is not None:
        y = copier(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls.__name__ == 'deque' and getattr(cls, '__module__', None) == 'collections':
        y = cls([deepcopy(a, memo) for a in x], x.maxlen)
    else:
        y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and getattr(reduce_ex, '__qualname__', '').split('.')[0] != 'object':
        rv = reduce_ex(x, 4)
        if isinstance(rv, str):
            return x
        func, args = rv[0], rv[1]
        if deep:
            args = deepcopy(args, memo)
        return func(*args)
    if hasattr(x, '_asdict') and hasattr(cls, '_fields'):  # namedtuple
        values = [deepcopy(v, memo) if deep else v for v in x]
        return cls(*values)
    for base in _VALUE_TYPES + _CONTAINER_TYPES:
        if isinstance(x, base):
            return _reconstruct_builtin_subclass(x, cls, base, memo, deep)
    if not hasattr(x, '__dict__'):
        raise Error(f'un(deep)copyable object of type {cls}')
    y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = x.__dict__
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    return y


_VALUE_TYPES = (int, float, str, bytes, tuple, frozenset)
_CONTAINER_TYPES = (list, dict, set)


def _reconstruct_builtin_subclass(x, cls, base, memo, deep):
    # What CPython's __reduce_ex__(4) rebuilds: cls.__new__ with the value (immutable types) or
    # empty, then the instance's attributes, then the items through the copy's own methods.
    if base in _VALUE_TYPES:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else (base(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(deepcopy(state, memo) if deep else state)
    if base is list:
        y.extend([deepcopy(v, memo) if deep else v for v in list.__iter__(x)])
    elif base is dict:
        for key, value in dict.items(x):
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    elif base is set:
        y.update([deepcopy(v, memo) if deep else v for v in set.__iter__(x)])
    return y
