import datetime
from datetime import date, timedelta


class Deadline(date):
    def days_left(self, today):
        return (self - today).days


d = Deadline(2024, 5, 1)
print(d, repr(d), type(d).__name__, d.days_left(date(2024, 4, 20)))
print(repr(d + timedelta(days=1)), type(d.replace(day=2)).__name__)
print(datetime.date, datetime.datetime, datetime.timedelta, datetime.timezone, datetime.tzinfo, datetime.time)
print(datetime.date.__name__, datetime.datetime.__qualname__, datetime.date.__module__)
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.timezone.utc)
print(issubclass(datetime.timezone, datetime.tzinfo), isinstance(datetime.timezone.utc, datetime.tzinfo))
for obj in (date(2024, 1, 1), timedelta(1), datetime.time(1)):
    try:
        obj.missing
    except AttributeError as e:
        print("AttributeError:", e)
try:
    date(2024, 1, 1) + date(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)


class Event:
    def __init__(self, name, when):
        self.name = name
        self.when = when

    def __repr__(self):
        return f"Event({self.name!r}, {self.when!r})"


events = [Event("b", datetime.datetime(2024, 1, 2)), Event("a", datetime.datetime(2024, 1, 1, 12))]
print(sorted(events, key=lambda e: e.when))
by_day = {}
for e in events:
    by_day.setdefault(e.when.date(), []).append(e.name)
print(by_day)
print(str(datetime.timedelta(days=-1, seconds=1)), str(datetime.timedelta(days=-2)), str(datetime.timedelta(days=2)))
