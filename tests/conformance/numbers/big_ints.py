def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(20))
print(factorial(30))
print(2 ** 64, -(2 ** 63))
print(10 ** 20 // 7, 10 ** 20 % 7)
x = 9223372036854775807
print(x + 1, x * x)
print(len(str(factorial(50))))
