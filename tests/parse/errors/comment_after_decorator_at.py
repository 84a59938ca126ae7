x = 1
@ # comment here
def f():
    pass
