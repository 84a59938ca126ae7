class ConfigError(Exception):
    pass

def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e

try:
    load({})
except ConfigError as e:
    print(e, type(e.__cause__).__name__, repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__)
