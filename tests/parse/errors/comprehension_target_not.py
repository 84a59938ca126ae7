print(max(x for not x in range(3)))
