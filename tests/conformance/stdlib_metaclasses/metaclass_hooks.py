class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', mcs.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, k):
        return cls.registry[k]
    def __repr__(cls):
        return f'<Meta {cls.__name__}>'
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a)
        obj = super().__call__(*a, **k)
        cls.registry.append(obj)
        return obj
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def size(cls):
        return len(cls.registry)

class A(metaclass=Meta, flag=1):
    x: int = 3
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'A({self.v})'
print(type(A), A, repr(A))
A(1); A(2)
print(list(A), len(A), A[0], A.hello(), A.size)
print(A.__annotations__)
class B(A):
    pass
print(type(B), B.registry)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X().f(), X.__name__)
Y = Meta('Y', (), {})
print(Y)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.v)
class P:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Q(P, tag='q'): pass
print(Q.tag)
try:
    class R(metaclass=Meta, bad=1): pass
except Exception as e: print(type(e).__name__, e)
class Check(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class C(metaclass=Check): pass
print(isinstance(42, C), isinstance(1, C), issubclass(int, C), issubclass(str, C))
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name)
        return {'injected': 1}
class O(metaclass=OrderedMeta):
    y = 2
print(O.injected, O.y)
class M2(type): pass
class M3(type): pass
class PA(metaclass=M2): pass
class PB(metaclass=M3): pass
try:
    class PC(PA, PB): pass
except TypeError as e: print(e)
try:
    class Z(P, nope=1): pass
except TypeError as e: print(e)
def fmeta(name, bases, ns):
    return 42
class F(metaclass=fmeta): pass
print(F)
