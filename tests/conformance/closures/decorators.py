def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("kim"))

def repeat(times):
    def deco(func):
        def wrapper(*args):
            for _ in range(times):
                func(*args)
        return wrapper
    return deco

@repeat(3)
def say(msg):
    print(msg)

say("반복")

calls = []
def logged(func):
    def inner(*a):
        calls.append(func.__name__)
        return func(*a)
    return inner

@logged
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), calls)
