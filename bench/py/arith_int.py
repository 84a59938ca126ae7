# Integer arithmetic in a loop: small ints, +, *, //, %, ^, comparisons.
def run(n):
    total = 0
    x = 1
    for i in range(n):
        x = (x * 31 + i) % 1000003
        if x % 3 == 0:
            total += x // 7
        else:
            total ^= x
    return total, x


print(run(3_000_000))
