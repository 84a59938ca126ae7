def show(x):
    print("showing", x)

r = show(3)
print(r)

def early(n):
    if n < 0:
        return
    return n * 2

print(early(-1), early(4))

def multi():
    return 1, "two", [3]

print(multi())
