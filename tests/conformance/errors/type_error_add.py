age = 20
print("age: " + str(age))
print("age: " + age)
