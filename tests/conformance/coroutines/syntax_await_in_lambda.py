print("start")
async def f():
    g = lambda: await h()
