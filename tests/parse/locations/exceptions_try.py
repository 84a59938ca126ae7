class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        raise MyError("zero", code=1) from None
    try:
        return 10 / n
    except ZeroDivisionError as exc:
        raise RuntimeError("impossible") from exc


for v in (-1, 0, 2):
    try:
        print(risky(v))
    except (ValueError, TypeError) as e:
        print("value/type", e)
    except MyError as e:
        print("mine", e, e.code)
    except Exception:
        raise
    except:
        pass
    else:
        print("ok")
    finally:
        print("finally")

try:
    pass
finally:
    pass

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError:
    print("types")
else:
    pass
finally:
    print("end")
