from datetime import time, timezone, timedelta

alarm = time(7, 30)
print(alarm, repr(alarm))
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 1)))
print(time(23, 59, 59, 999999), time.min, time.max, time.resolution)
t = time(14, 5, 9, 123456)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), time(9).isoformat(timespec=spec))
try:
    t.isoformat("days")
except ValueError as e:
    print("ValueError:", e)
print(t.strftime("%H:%M:%S.%f %I %p"), t.strftime("%Y-%m-%d"), f"{t:%H.%M}", format(t, ""))
print(t.replace(hour=0), t.replace(microsecond=0), repr(t.replace(fold=1)))
print(time(12) < time(13), time(12) == time(12, 0, 0), max(time(1), time(0, 59)), bool(time(0)))
print(sorted([time(12), time(0, 30), time(23)]))
print(t.utcoffset(), t.dst(), t.tzname())

aware = time(9, 0, tzinfo=timezone(timedelta(hours=2)))
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst())
print(time(7, 0, tzinfo=timezone.utc) == aware, time(7, 0, tzinfo=timezone.utc) < aware)
print(hash(time(7, 0, tzinfo=timezone.utc)) == hash(aware))
print(time(12, 0, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).isoformat())
print(aware.strftime("%H:%M %z %Z"))
print(time(12) == time(12, tzinfo=timezone.utc))
try:
    time(12) < time(12, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)

for args in ((24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), (1.5,)):
    try:
        time(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for kwargs in ({"fold": 2}, {"tzinfo": "UTC"}):
    try:
        time(**kwargs)
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
