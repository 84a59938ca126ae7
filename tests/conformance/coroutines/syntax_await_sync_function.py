print("start")
def f():
    return await g()
