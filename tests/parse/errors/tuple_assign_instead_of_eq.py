print("%s" % (na=me, 1))
