from datetime import datetime, date, time, timedelta

launch = datetime(2024, 3, 9, 18, 45, 30, 250000)
print(launch)
print(repr(launch))
print(repr(datetime(2024, 3, 9)), repr(datetime(2024, 3, 9, 18)), repr(datetime(2024, 3, 9, 0, 0, 7)))
print(launch.year, launch.month, launch.day, launch.hour, launch.minute, launch.second, launch.microsecond)
print(launch.date(), launch.time(), repr(launch.timetz()), launch.tzinfo)
print(launch.isoformat(), launch.isoformat(" "), launch.isoformat(timespec="minutes"), launch.isoformat("_", "milliseconds"))
print(launch.ctime())
print(launch.timetuple())
print(launch.weekday(), launch.isoweekday(), launch.isocalendar(), launch.toordinal())
print(launch.replace(hour=0, minute=0, second=0, microsecond=0))
print(datetime.combine(date(2024, 1, 2), time(8, 15)))
print(datetime.combine(launch.date(), time.max))
print(datetime.fromordinal(738954), datetime.min, datetime.max, datetime.resolution)
print(isinstance(launch, date), isinstance(launch, datetime), issubclass(datetime, date))
print(launch.utcoffset(), launch.dst(), launch.tzname())

# A small agenda
agenda = [
    datetime(2024, 3, 11, 9, 0),
    datetime(2024, 3, 10, 14, 30),
    datetime(2024, 3, 11, 8, 59, 59),
]
for when in sorted(agenda):
    print(f"{when:%a %d %b %H:%M} -> {when.strftime('%Y-%m-%dT%H:%M:%S')}")
print(f"{launch!s} | {launch!r}")
try:
    launch.isoformat("ab")
except TypeError as e:
    print("TypeError:", e)
for args in ((2024, 2, 30), (2024, 1, 1, 24), (2024, 1, 1, 0, 0, 0, -1)):
    try:
        datetime(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.combine(1, time())
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.combine(date.today(), 1)
except TypeError as e:
    print("TypeError:", e)
