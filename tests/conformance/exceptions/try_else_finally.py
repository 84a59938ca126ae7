def parse(text):
    try:
        value = int(text)
    except ValueError:
        print(f"  {text!r}: not a number")
        return None
    else:
        print(f"  {text!r}: ok")
        return value
    finally:
        print(f"  {text!r}: done")

for t in ["10", "abc", "-3"]:
    print(parse(t))

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    return "end"

print(nested())
try:
    raise Exception("generic", 42)
except Exception as e:
    print(e.args, len(e.args))
