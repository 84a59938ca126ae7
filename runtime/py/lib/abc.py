"""Abstract base classes, following CPython 3.11's behaviour: ABCMeta refuses to instantiate a
class with abstract methods left, and register() adds virtual subclasses."""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property / classmethod / staticmethod wrapping an abstract function
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


# The deprecated spellings (classmethod/staticmethod/property can't be subclassed here).
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, registered):
                return True
        for sub in _subclasses_of(cls):
            if issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)


_all_abcs = []


def _subclasses_of(cls):
    # Registered classes of ABCs derived from cls count too (no __subclasses__ here).
    return [c for c in _all_abcs if c is not cls and cls in c.__mro__]


_original_new = ABCMeta.__new__


def _tracking_new(mcls, name, bases, namespace, /, **kwargs):
    cls = _original_new(mcls, name, bases, namespace, **kwargs)
    _all_abcs.append(cls)
    return cls


ABCMeta.__new__ = _tracking_new


class ABC(metaclass=ABCMeta):
    pass


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
