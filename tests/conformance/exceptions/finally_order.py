def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)

g()

def h():
    try:
        raise KeyError("x")
    except KeyError:
        print("caught")
        raise
    finally:
        print("h finally")

try:
    h()
except KeyError as e:
    print("outer caught", repr(e))
