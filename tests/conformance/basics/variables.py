name = "철수"
age = 25
height = 175.5
is_student = False
print(name, age, height, is_student)
print(type(name), type(age), type(height), type(is_student))
age = age + 1
print("내년 나이:", age)
x = y = z = 0
print(x, y, z)
a, b = 1, 2
a, b = b, a
print(a, b)
