name = "a"
print("hello" name)
