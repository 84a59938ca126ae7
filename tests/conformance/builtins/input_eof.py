print("before input")
try:
    name = input("이름: ")
    print("got", name)
except EOFError:
    print("no input available")
