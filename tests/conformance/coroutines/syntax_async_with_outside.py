print("start")
def f():
    async with x:
        pass
