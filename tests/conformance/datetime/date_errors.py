from datetime import date

attempts = [
    (2024, 1, 1),
    (0, 1, 1),
    (10000, 1, 1),
    (2024, 0, 1),
    (2024, 13, 1),
    (2024, 4, 31),
    (2023, 2, 29),
    (2024, 1, 0),
    (2024.0, 1, 1),
    ("2024", 1, 1),
    (True, 1, 1),
]
for args in attempts:
    try:
        print(args, "->", date(*args))
    except (ValueError, TypeError) as e:
        print(args, "->", type(e).__name__, e)

try:
    date(2024, 1)
except TypeError as e:
    print("TypeError")
for n in (0, -5, 3652060):
    try:
        print(date.fromordinal(n))
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2024, 1, 1).replace(month=13)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 1, 1).strftime(5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(date(2024, 1, 1), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2024, 1, 1).nope
except AttributeError as e:
    print("AttributeError:", e)
