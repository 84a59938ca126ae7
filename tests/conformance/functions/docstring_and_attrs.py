def area(w, h):
    """Return the area of a rectangle."""
    return w * h

print(area(3, 4))
print(area.__name__)
print(area.__doc__)
def no_doc():
    return 1
print(no_doc.__doc__)
print(callable(area), callable(5))
