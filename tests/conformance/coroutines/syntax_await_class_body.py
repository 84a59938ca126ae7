print("start")
class C:
    x = await y
