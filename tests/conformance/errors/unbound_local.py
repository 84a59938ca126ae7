total = 0
def add(n):
    total += n
    return total

try:
    add(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(total)
