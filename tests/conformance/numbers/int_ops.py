n = 12345
print(n // 10, n % 10)
total = 0
while n > 0:
    total += n % 10
    n //= 10
print("자릿수 합:", total)
print(int("42") + 1, int("-7"), int(3.99), int(-3.99))
print(int("ff", 16), int("0b101", 0), int("777", 8))
print(hex(255), oct(8), bin(10))
print(divmod(17, 5), divmod(-17, 5))
print(pow(2, 10), pow(2, 10, 1000))
print(max(3, 9, 2), min(3, 9, 2))
