def convert(value):
    try:
        return int(value)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    return -1

print(convert("12"))
print(convert("abc"))
print(convert(None))
print(convert([1]))

for item in [1, "x", [], {}]:
    try:
        print(item + 1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
