class A:
    def f(self):
        pass
    @property
def g():
    pass
