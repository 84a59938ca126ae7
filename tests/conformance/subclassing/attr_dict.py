# The AttrDict recipe: a dict whose keys are also attributes, by assigning dict's methods.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


settings = AttrDict(debug=True)
settings.level = 3
print(settings, settings.debug, settings.level, settings["level"], len(settings))
del settings.debug
print(settings, "debug" in settings)
try:
    settings.missing
except KeyError as exc:
    print("KeyError:", exc)


class Namespace(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ns = Namespace()
ns.x = 1
ns.y = [ns.x, 2]
print(ns, ns.y, getattr(ns, "z", "default"), hasattr(ns, "x"), vars(ns) if False else dict(ns))
try:
    ns.nothing
except AttributeError as exc:
    print("AttributeError:", exc)
