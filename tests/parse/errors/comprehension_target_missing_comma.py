filtered = [y for x i*n range(10)]
