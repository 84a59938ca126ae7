"""A stand-in for types.GenericAlias, which the interpreter cannot build from Python yet:
`asyncio.Queue[int]` must print `asyncio.queues.Queue[int]` and still construct a Queue."""

__all__ = ('GenericAlias',)


def _arg_repr(arg):
    # CPython's ga_repr: '...', a nested alias by its repr, a class by module.qualname
    # (builtins by bare name), anything else by repr().
    if arg is Ellipsis:
        return '...'
    if hasattr(arg, '__origin__') and hasattr(arg, '__args__'):
        return repr(arg)
    if isinstance(arg, type):
        # Built-in types may lack __module__ here; theirs is 'builtins'.
        module = getattr(arg, '__module__', 'builtins')
        if module == 'builtins':
            return arg.__qualname__
        return f'{module}.{arg.__qualname__}'
    return repr(arg)


class GenericAlias:
    """origin[args]: calling it calls origin."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_arg_repr(a) for a in self.__args__)
        return f'{_arg_repr(self.__origin__)}[{inner}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
