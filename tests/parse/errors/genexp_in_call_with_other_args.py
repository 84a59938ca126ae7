sum(x for x in y, start=0)
