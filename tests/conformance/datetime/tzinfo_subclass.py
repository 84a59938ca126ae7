from datetime import datetime, tzinfo, timedelta, timezone


class FixedZone(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f"FixedZone({self.name})"


class SimpleUS(tzinfo):
    """Eastern time with DST between the second Sunday of March and the first Sunday of November (2 am)."""

    def _dst_bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        start, end = self._dst_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


tokyo = FixedZone(9, "JST")
when = datetime(2024, 4, 1, 9, 0, tzinfo=tokyo)
print(when, repr(when), when.tzname(), when.utcoffset(), when.dst())
print(when.astimezone(timezone.utc), when.timetuple().tm_isdst)
print(when.strftime("%H:%M %Z %z"))

eastern = SimpleUS()
for month in (1, 3, 7, 11):
    d = datetime(2024, month, 15, 12, tzinfo=eastern)
    print(d, d.tzname(), d.dst(), d.timetuple().tm_isdst)
utc_noon = datetime(2024, 7, 4, 16, 0, tzinfo=timezone.utc)
print(utc_noon.astimezone(eastern), utc_noon.astimezone(eastern).tzname())
print(datetime(2024, 1, 4, 16, tzinfo=timezone.utc).astimezone(eastern))


class Broken(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value

    def dst(self, dt):
        return self.value


for value in (timedelta(hours=24), 60, "UTC", timedelta(hours=-25)):
    d = datetime(2024, 1, 1, tzinfo=Broken(value))
    for method in ("utcoffset", "dst", "tzname"):
        try:
            print(method, repr(getattr(d, method)()))
        except (TypeError, ValueError) as e:
            print(method, type(e).__name__, e)

base = tzinfo()
for method in ("utcoffset", "dst", "tzname"):
    try:
        getattr(base, method)(None)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    datetime(2024, 1, 1, tzinfo=base).utcoffset()
except NotImplementedError as e:
    print("NotImplementedError:", e)
