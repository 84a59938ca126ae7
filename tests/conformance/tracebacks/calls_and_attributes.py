# A failing call or attribute access is marked with ^^^^ under the whole expression, unless it
# is the whole line; a method name on a later line is where the frame points.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


class Account:
    def __init__(self, owner):
        self.owner = owner

    def deposit(self, amount):
        return self.balance + amount


def missing_attribute():
    acct = Account("kim")
    name = acct.owner.title().nickname
    return name


def method_call():
    acct = Account("lee")
    acct.deposit(10)


def call_result():
    handlers = {"start": None}
    value = handlers["start"]()
    return value


def keyword_call():
    return sorted([3, 1], key=len)


def chained_methods():
    text = "  hello  "
    result = (text
              .strip()
              .upper()
              .explode())
    return result


def nested_calls():
    return max(int("4"), int("x"), 2)


def none_call():
    callback = None
    callback()


show(missing_attribute)
show(method_call)
show(call_result)
show(keyword_call)
show(chained_methods)
show(nested_calls)
show(none_call)
