counter = 0

def increment():
    global counter
    counter += 1

for _ in range(5):
    increment()
print(counter)

def make_global():
    global created
    created = "made inside"

make_global()
print(created)

def read_only():
    return counter * 2

print(read_only())
