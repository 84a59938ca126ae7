from datetime import date, timedelta

start = date(2024, 1, 31)
print(start + timedelta(days=1))
print(start + timedelta(days=30))
print(start - timedelta(weeks=5))
print(timedelta(days=10) + start)
print(start + timedelta(hours=47))  # only whole days count
print(start - timedelta(hours=1))

exam = date(2024, 6, 14)
delta = exam - start
print(delta, repr(delta), delta.days)
print(start - exam)

days_until = (date(2025, 1, 1) - date(2024, 3, 1)).days
print(f"{days_until} days left")

dates = [date(2024, 5, 3), date(2023, 12, 25), date(2024, 1, 1), date(2024, 5, 3)]
print(sorted(dates))
print(min(dates), max(dates))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) >= date(2024, 1, 2))
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2024, 1, 1))
print(date(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != 5)
print(len(set(dates)), {date(2024, 1, 1): "new year"}[date(2024, 1, 1)])

for bad in (1, "x", 2.5):
    try:
        print(start + bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    date(2024, 1, 1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    date.min - timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
