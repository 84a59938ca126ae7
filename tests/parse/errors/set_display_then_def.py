asy{nc def worker(name, queue):
    pass
