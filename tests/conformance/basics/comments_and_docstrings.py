"""Module docstring."""

# A comment
def greet(name):
    """Say hello."""
    return "Hello, " + name  # inline comment

print(greet("Ann"))
x = 5  # five
print(x * 2)
