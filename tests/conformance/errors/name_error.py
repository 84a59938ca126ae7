count = 10
print(count)
print(cuont)
