import threading

def greet(greeting, name, punctuation="!", *, times=1):
    for _ in range(times):
        print(f"{greeting}, {name}{punctuation}")

t = threading.Thread(target=greet, args=("Hello", "world"), kwargs={"punctuation": "?", "times": 2})
t.start()
t.join()
t = threading.Thread(target=greet, args=("Hi",), kwargs={"name": "there"})
t.start()
t.join()
