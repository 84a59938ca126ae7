for i in range(3):
    pass
print(i)

def todo():
    pass

print(todo())

class Empty:
    pass

print(type(Empty()).__name__)
if True:
    pass
else:
    print("never")
print("done")
