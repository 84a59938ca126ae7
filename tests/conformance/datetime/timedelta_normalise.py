from datetime import timedelta

cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=-1),
    timedelta(seconds=-1),
    timedelta(seconds=86400 * 3 + 5),
    timedelta(microseconds=-1),
    timedelta(milliseconds=1500),
    timedelta(minutes=90),
    timedelta(hours=-25),
    timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1),
    timedelta(days=2, seconds=-1),
]
for td in cases:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())

# Floats are rounded to the nearest microsecond, halves to even
floats = [
    timedelta(days=0.5),
    timedelta(hours=1.5),
    timedelta(seconds=1.0000005),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(microseconds=-1.5),
    timedelta(seconds=0.1, milliseconds=0.3),
    timedelta(days=1.1, hours=0.3, microseconds=0.7),
    timedelta(minutes=-0.001),
    timedelta(weeks=0.01),
]
for td in floats:
    print(repr(td), td)

print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(timedelta.resolution)
for bad in ({"days": 10**9}, {"days": -10**9}, {"hours": 24 * 1000000000}):
    try:
        timedelta(**bad)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    timedelta("1")
except TypeError as e:
    print("TypeError:", e)
try:
    timedelta(seconds=[1])
except TypeError as e:
    print("TypeError:", e)
