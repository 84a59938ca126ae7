import types
from types import SimpleNamespace


def f():
    pass


async def c():
    pass


def g():
    yield


class A:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
co = c()
print(isinstance(co, types.CoroutineType), isinstance(g(), types.GeneratorType))
co.close()
print(isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.NoneType, type(None) is types.NoneType)

ns = SimpleNamespace(x=1, y="two")
print(ns, ns.x, ns.y)
ns.z = [3]
del ns.x
print(ns, vars(ns))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
try:
    SimpleNamespace({"k": 5}, v=6)
except TypeError as e:
    print("TypeError:", e)

Dyn = types.new_class("Dyn", (A,), exec_body=lambda ns: ns.update({"val": 7}))
print(Dyn.__name__, Dyn().val, issubclass(Dyn, A))
