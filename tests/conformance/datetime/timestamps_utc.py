from datetime import datetime, timezone, timedelta, date

for ts in (0, 1, -1, 86399.999999, 1_000_000_000, 1_700_000_000.5, 1_700_000_000.123456789, 1e-7, -0.5, 253402300799):
    d = datetime.fromtimestamp(ts, timezone.utc)
    print(ts, "->", d, repr(datetime.utcfromtimestamp(ts)), d.timestamp())

tz = timezone(timedelta(hours=-3))
print(datetime.fromtimestamp(1_700_000_000, tz), datetime.fromtimestamp(1_700_000_000, tz=timezone(timedelta(hours=14))))
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
moment = datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)
print(moment.timestamp(), (moment - epoch).total_seconds(), (moment - epoch) // timedelta(seconds=1))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(datetime(1, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(0, timezone.utc).utctimetuple())
print(datetime.fromtimestamp(0, timezone.utc).timetuple())
for bad in ("0", None, [1]):
    try:
        datetime.fromtimestamp(bad, timezone.utc)
    except TypeError as e:
        print("TypeError:", e)
try:
    datetime.fromtimestamp(0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.fromtimestamp(float("nan"), timezone.utc)
except ValueError as e:
    print("ValueError:", e)
