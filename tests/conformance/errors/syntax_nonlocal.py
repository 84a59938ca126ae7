print("this never runs")
def f():
    nonlocal x
    x = 1
