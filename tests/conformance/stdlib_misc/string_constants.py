import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.capwords("  hello   world  foo"), string.capwords("a-b c-d", "-"), repr(string.capwords("")))
print(string.capwords("hELLO wORLD"), string.capwords("x  y", " "), string.capwords(sep=None, s="ab cd"))
print("a" in string.ascii_lowercase, "5" in string.digits, all(c in string.printable for c in "Hi!"))
import random
random.seed(3)
print("".join(random.choice(string.ascii_letters + string.digits) for _ in range(12)))
try:
    string.capwords(5)
except AttributeError as e:
    print(type(e).__name__, e)
