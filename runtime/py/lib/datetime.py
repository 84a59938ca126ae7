"""datetime: dates, times, durations and fixed-offset time zones, as CPython 3.11's module.

Written for Loopscope from the documented behaviour. Local time (today, now, fromtimestamp,
timestamp, astimezone) goes through the time module, so it follows the run's zone and clock
(the virtual clock included); strftime formats through time.strftime, glibc's conversions.
"""

import time as _time
import math as _math
import _inspect

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

# --- the proleptic Gregorian calendar; ordinal 1 is 0001-01-01 ------------------------------------
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_PER_400_YEARS = 146097
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(ordinal):
    # Whole 400-year cycles first (they all have the same length), then walk the rest.
    cycles, rest = divmod(ordinal - 1, _DAYS_PER_400_YEARS)
    year = cycles * 400 + 1
    while True:
        length = 366 if _is_leap(year) else 365
        if rest < length:
            break
        rest -= length
        year += 1
    month = 1
    while rest >= _days_in_month(year, month):
        rest -= _days_in_month(year, month)
        month += 1
    return year, month, rest + 1


def _iso_week1_monday(year):
    # The Monday of ISO week 1: the week holding the year's first Thursday.
    first = _days_before_year(year) + 1
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


# --- argument checks, with CPython's messages ------------------------------------------------------
def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(value))
    return method(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _type_name(tz))


def _check_offset(method, offset):
    # What utcoffset() and dst() may return: None or a timedelta strictly inside one day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (method, _type_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _type_name(name))
    return name


def _arg_type_name(obj):
    # How CPython's argument checks name a wrong argument's type ("None", "datetime.date").
    return "None" if obj is None else _type_name(obj)


def _type_name(obj):
    # CPython's types are named "datetime.date" in reprs and messages; subclasses by their own name.
    cls = type(obj)
    return "datetime." + cls.__name__ if cls in _OWN_TYPES else cls.__name__


def _compare_in_utc(a, a_offset, b, b_offset, equality, plural):
    # a, b: microseconds as written; the offsets (None when naive) shift them to UTC. Naive
    # against aware: unequal for == and !=, an error for ordering. 2 means "unequal, unordered".
    if (a_offset is None) != (b_offset is None):
        if equality:
            return 2
        raise TypeError(f"can't compare offset-naive and offset-aware {plural}")
    if a_offset is not None:
        a -= a_offset._to_microseconds()
        b -= b_offset._to_microseconds()
    return _cmp(a, b)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, halves to even (exact integer arithmetic).
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b if b > 0 else twice < b:
        q += 1
    elif twice == b and q % 2 == 1:
        q += 1
    return q


def _float_ratio(x):
    # x as an exact fraction (numerator, denominator > 0): doubling a float is exact.
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("cannot convert NaN to integer ratio") if x != x else OverflowError(
            "cannot convert Infinity to integer ratio")
    denominator = 1
    while x != _math.floor(x):
        x *= 2.0
        denominator *= 2
    return int(x), denominator


def _format_offset(offset, sep=":"):
    # "+HH:MM", with ":SS" and ".ffffff" only when present; "" for None.
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, timetuple, microsecond, utcoffset, tzname):
    # %f, %z and %Z are the object's own; everything else is time.strftime's (glibc's).
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _arg_type_name(fmt))
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%" and i + 1 < n:
            code = fmt[i + 1]
            if code == "f":
                out.append("%06d" % microsecond)
            elif code == "z":
                out.append(_format_offset(utcoffset, ""))
            elif code == "Z":
                out.append((tzname or "").replace("%", "%%"))
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(ch)
            i += 1
    return _time.strftime("".join(out), timetuple)


def _format_spec(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _arg_type_name(fmt))
    return obj.strftime(fmt) if fmt else str(obj)


_SEQUENCES = (str, bytes, list, tuple)


class _Field:
    """A read-only field stored as `_name`: assigning or deleting it fails as on CPython's types."""

    def __init__(self, name, owner=None):
        self._slot = "_" + name
        if owner is None:  # a struct member (timedelta's)
            self._error = "readonly attribute"
        else:
            self._error = "attribute '%s' of 'datetime.%s' objects is not writable" % (name, owner)

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._error)

    def __delete__(self, obj):
        raise AttributeError(self._error)


def _add_fields(cls, names):
    for name in names:
        setattr(cls, name, _Field(name, cls.__name__))


_CLOCK_FIELDS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


# --- timedelta -------------------------------------------------------------------------------------
class timedelta:
    """Difference between two datetime values: days, seconds (< 1 day) and microseconds."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Integers add up exactly; fractions of a microsecond from floats are gathered apart and
        # rounded (halves to even) once at the end.
        total = 0
        leftover = 0.0
        for name, value, scale in (("days", days, _US_PER_DAY), ("seconds", seconds, _US_PER_SECOND),
                                   ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                   ("minutes", minutes, 60 * _US_PER_SECOND),
                                   ("hours", hours, 3600 * _US_PER_SECOND), ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += int(value) * scale
            elif isinstance(value, float):
                whole = _math.trunc(value)
                total += whole * scale
                fraction = (value - whole) * scale
                whole_us = _math.trunc(fraction)
                total += whole_us
                leftover += fraction - whole_us
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, _type_name(value)))
        if leftover:
            below = _math.floor(leftover)
            rest = leftover - below
            if rest > 0.5 or (rest == 0.5 and (total + below) % 2):
                below += 1
            total += int(below)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    days = _Field("days")
    seconds = _Field("seconds")
    microseconds = _Field("microseconds")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, _SEQUENCES):  # CPython tries the sequence's repeat, which wants an int
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = _float_ratio(other)
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = _float_ratio(other)
            return timedelta._from_microseconds(_divide_and_round(denominator * self._to_microseconds(), numerator))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._to_microseconds(), other._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ------------------------------------------------------------------------------------------
class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    # Alternate constructors.
    @classmethod
    def fromtimestamp(cls, t):
        seconds = _math.floor(_timestamp_number(t))
        local = _local_struct(seconds)
        return cls(local.tm_year, local.tm_mon, local.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        year, month, day = _ordinal_to_ymd(n)
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    # Read-only fields.
    year = _Field("year", "date")
    month = _Field("month", "date")
    day = _Field("day", "date")

    # Formatting.
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    # Calendar queries.
    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        week1 = _iso_week1_monday(year)
        if ordinal < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    # Comparisons (a datetime is a date, but the two never order against each other).
    def _compare(self, other):
        return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._compare(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._compare(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # Arithmetic: whole days only.
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 0 < ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(ordinal)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_MAX_ORDINAL = _ymd_to_ordinal(MAXYEAR, 12, 31)
date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate:
    """The (year, week, weekday) that date.isocalendar() gives: a read-only triple."""

    def __init__(self, year, week, weekday):
        self._items = (year, week, weekday)
        self._year, self._week, self._weekday = year, week, weekday

    year = _Field("year", "IsoCalendarDate")
    week = _Field("week", "IsoCalendarDate")
    weekday = _Field("weekday", "IsoCalendarDate")

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._items

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            other = other._items
        return self._items == other if isinstance(other, tuple) else NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self._items < tuple(other)

    def __hash__(self):
        return hash(self._items)

    def count(self, value):
        return self._items.count(value)

    def index(self, value):
        return self._items.index(value)


# --- tzinfo and timezone ---------------------------------------------------------------------------
class tzinfo:
    """Abstract base for time zone information: subclasses give utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The documented default: the standard offset first, then the DST that applies there.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _arg_type_name(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _arg_type_name(name))
        if name is None and not offset and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (method, _type_name(dt)))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if self is _UTC or not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# --- time ------------------------------------------------------------------------------------------
class time:
    """A time of day, optionally with a tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*fields)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_type_name(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_type_name(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_type_name(self), self._hour, self._minute)
        return _repr_tail(text, self._tzinfo, self._fold)

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        timetuple = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _strftime(fmt, timetuple, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, equality):
        # Same tzinfo object: the fields decide. Otherwise both offsets shift the times to UTC.
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_of_day(), other._us_of_day())
        mine, theirs = self.utcoffset(), other.utcoffset()
        return _compare_in_utc(self._us_of_day(), mine, other._us_of_day(), theirs, equality, 'times')

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            us = self._us_of_day()
            self._hashcode = hash(us if offset is None else us - offset._to_microseconds())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


_add_fields(time, _CLOCK_FIELDS)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _repr_tail(text, tz, fold):
    if tz is not None:
        text = text[:-1] + ", tzinfo=%r)" % (tz,)
    if fold:
        text = text[:-1] + ", fold=1)"
    return text


# --- datetime --------------------------------------------------------------------------------------
class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    # Alternate constructors.
    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is None:
            return cls._from_local_seconds(seconds, us)
        utc = cls._from_utc_seconds(seconds, us)
        return tz.fromutc(utc.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return cls._from_utc_seconds(seconds, us)

    @classmethod
    def _from_utc_seconds(cls, seconds, us):
        days, rest = divmod(seconds, 86400)
        ordinal = days + _EPOCH_ORDINAL
        if not 0 < ordinal <= _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ordinal_to_ymd(ordinal)[0])
        year, month, day = _ordinal_to_ymd(ordinal)
        hour, rest = divmod(rest, 3600)
        minute, second = divmod(rest, 60)
        return cls(year, month, day, hour, minute, second, us)

    @classmethod
    def _from_local_seconds(cls, seconds, us):
        local = _local_struct(seconds)
        result = cls(local.tm_year, local.tm_mon, local.tm_mday, local.tm_hour, local.tm_min,
                     min(local.tm_sec, 59), us)
        # fold=1 when this wall time also occurred earlier (the second pass after a backward shift).
        earlier = _local_struct(seconds - 86400).tm_gmtoff  # CPython's probe: year 0 fails here too
        shift = earlier - local.tm_gmtoff
        if shift > 0 and _local_offset(seconds - shift) == earlier:
            result = result.replace(fold=1)
        return result

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _arg_type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _arg_type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        split = _iso_date_length(date_string)
        fields = _parse_iso_date(date_string[:split])
        time_fields = (0, 0, 0, 0, None)
        if fields is not None and len(date_string) > split:
            time_fields = _parse_iso_time(date_string[split + 1:])
        if fields is None or time_fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields, *time_fields)

    @classmethod
    def strptime(cls, date_string, format):
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    # Views.
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, isdst)

    def utctimetuple(self):
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _build_struct_time(moment._year, moment._month, moment._day, moment._hour, moment._minute,
                                  moment._second, 0)

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = _local_to_utc_seconds(self)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        else:
            _check_tzinfo(tz)
        if self._tzinfo is tz:
            return self
        offset = self.utcoffset()
        if offset is None:
            local = _local_timezone(self)
            offset = local.utcoffset(None)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Formatting.
    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if not self._microsecond:
            fields.pop()
            if not self._second:
                fields.pop()
        text = "%s(%s)" % (_type_name(self), ", ".join("%d" % f for f in fields))
        return _repr_tail(text, self._tzinfo, self._fold)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _arg_type_name(sep))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    # Arithmetic.
    def _us_since_epoch0(self):
        # Microseconds since 0001-01-01 00:00, the naive fields only.
        seconds = (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second)
        return seconds * _US_PER_SECOND + self._microsecond

    def _shifted(self, us):
        days, rest = divmod(self._us_since_epoch0() + us, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(days)
        seconds, microsecond = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return type(self)(year, month, day, hour, minute, second, microsecond, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._to_microseconds())
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._us_since_epoch0(), other._us_since_epoch0()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                a -= mine._to_microseconds()
                b -= theirs._to_microseconds()
        return timedelta._from_microseconds(a - b)

    # Comparisons.
    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_since_epoch0(), other._us_since_epoch0())
        mine, theirs = self.utcoffset(), other.utcoffset()
        return _compare_in_utc(self._us_since_epoch0(), mine, other._us_since_epoch0(), theirs, equality, 'datetimes')

    def _order(self, other):
        # NotImplemented for non-dates; a plain date orders with no datetime.
        if isinstance(other, datetime):
            return True
        if isinstance(other, _date_class):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        return False if isinstance(other, _date_class) else NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        return True if isinstance(other, _date_class) else NotImplemented

    def __lt__(self, other):
        return self._compare(other, False) < 0 if self._order(other) else NotImplemented

    def __le__(self, other):
        return self._compare(other, False) <= 0 if self._order(other) else NotImplemented

    def __gt__(self, other):
        return self._compare(other, False) > 0 if self._order(other) else NotImplemented

    def __ge__(self, other):
        return self._compare(other, False) >= 0 if self._order(other) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            us = self._us_since_epoch0()
            offset = self.utcoffset()
            if offset is not None:
                us -= offset._to_microseconds()
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_date_class = date
_time_class = time
_add_fields(datetime, _CLOCK_FIELDS)
datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate)
for _cls in _OWN_TYPES:
    _inspect.set_type_name(_cls, "datetime." + _cls.__name__)
del _cls


# --- local time, through the time module (so the run's zone and clock apply) ----------------------
def _timestamp_number(t):
    # A timestamp that fits a 64-bit time_t, as CPython checks it.
    if isinstance(t, (int, float)):
        if isinstance(t, float) and t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -2.0 ** 63 <= t < 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return t
    raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(t))


def _split_timestamp(t):
    # Whole seconds and microseconds, the microseconds rounded halves to even.
    t = _timestamp_number(t)
    if isinstance(t, int):
        return int(t), 0
    whole = _math.floor(t)
    us = round((t - whole) * 1e6)
    if us >= _US_PER_SECOND:
        whole += 1
        us -= _US_PER_SECOND
    return int(whole), int(us)


def _local_struct(seconds):
    local = _time.localtime(seconds)
    if not MINYEAR <= local.tm_year <= MAXYEAR:
        raise ValueError("year %d is out of range" % local.tm_year)
    return local


def _local_offset(seconds):
    return _time.localtime(seconds).tm_gmtoff


def _local_to_utc_seconds(dt):
    # The UTC seconds whose local wall time is dt's (fold picks between two candidates).
    wall = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + (dt.hour * 60 + dt.minute) * 60 + dt.second
    _local_struct(wall)  # CPython's first probe: a local year outside 1..9999 fails
    # The offsets a day before and a day after cover both sides of any shift near this time.
    candidates = []
    for guess in (wall - _local_struct(wall - 86400).tm_gmtoff, wall - _local_offset(wall + 86400)):
        if guess + _local_offset(guess) == wall and guess not in candidates:
            candidates.append(guess)
    if not candidates:  # a wall time skipped by a forward shift
        before = wall - _local_offset(wall - 86400)
        after = wall - _local_offset(wall + 86400)
        return after if dt.fold else before
    candidates.sort()
    return candidates[-1] if dt.fold and len(candidates) > 1 else candidates[0]


def _local_timezone(dt):
    if dt.tzinfo is None:
        seconds = _local_to_utc_seconds(dt)
    else:
        seconds = _math.floor((dt - _EPOCH).total_seconds())
    local = _time.localtime(seconds)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


def _build_struct_time(year, month, day, hour, minute, second, isdst):
    weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    yday = _days_before_month(year, month) + day
    return _time.struct_time((year, month, day, hour, minute, second, weekday, yday, isdst))


# --- ISO 8601 parsing (fromisoformat) --------------------------------------------------------------
def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        return None
    return int(part)


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists only in years that start on a Thursday (or a Wednesday in leap years).
        first_weekday = (_days_before_year(year) + 1 + 6) % 7
        if not (week == 53 and (first_weekday == 3 or (first_weekday == 2 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


def _iso_date_length(text):
    # Where the date part of a datetime string ends (the separator follows), as CPython finds it.
    n = len(text)
    if n <= 7:
        return n
    if text[4] == "-":
        if text[5] == "W":
            return 10 if n >= 10 and text[8] == "-" else 8
        return 10
    if text[4] == "W":
        return 8 if "0" <= text[7] <= "9" else 7
    return 8


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None when it is none of them.
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    dashed = rest[:1] == "-"
    if dashed:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        day = 1
        if tail:
            if dashed:
                if tail[:1] != "-":
                    return None
                tail = tail[1:]
            if len(tail) != 1:
                return None
            day = _digits(tail, 0, 1)
            if day is None:
                return None
        try:
            return _iso_to_ymd(year, week, day)
        except ValueError:  # fromisoformat names no field, unlike fromisocalendar
            return None
    month = _digits(rest, 0, 2)
    if month is None:
        return None
    rest = rest[2:]
    if dashed:
        if rest[:1] != "-":
            return None
        rest = rest[1:]
    day = _digits(rest, 0, 2)
    if day is None or len(rest) != 2:
        return None
    return year, month, day


def _parse_iso_time(text):
    # HH[:MM[:SS[.fff[fff]]]] (or without colons) then an optional Z or ±HH:MM[:SS[.ffffff]].
    # Returns (hour, minute, second, microsecond, tzinfo) or None.
    cut = len(text)
    for i, c in enumerate(text):
        if c in "+-Zz":
            cut = i
            break
    clock, zone = text[:cut], text[cut:]
    fields = _parse_clock(clock)
    if fields is None:
        return None
    tz = None
    if zone:
        if zone in ("Z", "z"):
            tz = _UTC
        else:
            offset = _parse_clock(zone[1:])
            if offset is None:
                return None
            hours, minutes, seconds, us = offset
            delta = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=us)
            if zone[0] == "-":
                delta = -delta
            tz = timezone(delta)
    return fields + (tz,)


def _parse_clock(text):
    hour = _digits(text, 0, 2)
    if hour is None:
        return None
    values = [hour, 0, 0]
    pos = 2
    colons = len(text) > 2 and text[2] == ":"
    for index in (1, 2):
        if pos >= len(text) or text[pos] in ".,":
            break
        if colons:
            if text[pos] != ":":
                return None
            pos += 1
        value = _digits(text, pos, 2)
        if value is None:
            return None
        values[index] = value
        pos += 2
    us = 0
    if pos < len(text):
        if text[pos] not in ".,":
            return None
        fraction = text[pos + 1:]
        if not fraction or not all("0" <= c <= "9" for c in fraction):
            return None
        digits = fraction[:6]
        us = int(digits) * 10 ** (6 - len(digits))
    return values[0], values[1], values[2], us


# --- strptime --------------------------------------------------------------------------------------
_FULL_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Numeric directives: (fewest digits, most digits, smallest value, largest value).
_NUMERIC = {"d": (1, 2, 1, 31), "m": (1, 2, 1, 12), "H": (1, 2, 0, 23), "I": (1, 2, 1, 12), "M": (1, 2, 0, 59),
            "S": (1, 2, 0, 61), "j": (1, 3, 1, 366), "y": (2, 2, 0, 99), "Y": (4, 4, 0, 9999), "f": (1, 6, 0, 999999),
            "U": (1, 2, 0, 53), "W": (1, 2, 0, 53), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7),
            "G": (4, 4, 0, 9999), "V": (1, 2, 1, 53)}
# Composite directives, as the C locale spells them.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_NAMES = {"a": _DAY_NAMES[:], "A": _FULL_DAYS, "b": _MONTH_NAMES[1:], "B": _FULL_MONTHS[1:],
          "p": ("AM", "PM")}


def _compile_strptime(fmt):
    # The format as a list of pieces: ("lit", text), ("space",), ("dir", code).
    pieces = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            i += 2
            if code == "%":
                pieces.append(("lit", "%"))
            elif code in _COMPOSITE:
                pieces.extend(_compile_strptime(_COMPOSITE[code]))
            elif code in _NUMERIC or code in _NAMES or code in "zZ":
                pieces.append(("dir", code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            pieces.append(("space",))
        else:
            pieces.append(("lit", c))
            i += 1
    return pieces


def _candidates(code, text, pos):
    # Every way the directive can match at pos, as (value, end), in the order a regex would try.
    found = []
    if code in _NUMERIC:
        fewest, most, low, high = _NUMERIC[code]
        start = pos
        if code == "d" and text[pos:pos + 1] == " ":
            start = pos + 1
            most = 1
        for length in range(most, fewest - 1, -1):
            part = text[start:start + length]
            if len(part) == length and all("0" <= ch <= "9" for ch in part):
                value = int(part)
                if low <= value <= high:
                    if code == "f":
                        value = int(part + "0" * (6 - length))
                    found.append((value, start + length))
    elif code in _NAMES:
        names = _NAMES[code]
        for index in sorted(range(len(names)), key=lambda k: -len(names[k])):
            name = names[index]
            if text[pos:pos + len(name)].lower() == name.lower():
                found.append((index, pos + len(name)))
    elif code == "z":
        found.extend(_match_offset(text, pos))
    elif code == "Z":
        names = {"utc": 0, "gmt": 0}
        for dst, name in enumerate(_time.tzname):
            names.setdefault(name.lower(), dst)
        for name in sorted(names, key=len, reverse=True):
            if text[pos:pos + len(name)].lower() == name:
                found.append((text[pos:pos + len(name)], pos + len(name)))
    return found


def _match_offset(text, pos):
    # %z as CPython's pattern [+-]HH:?MM(:?SS(.ffffff)?)? or Z: the matched texts, longest first.
    if text[pos:pos + 1] == "Z":
        return [("Z", pos + 1)]
    if text[pos:pos + 1] not in ("+", "-") or _digits(text, pos + 1, 2) is None:
        return []
    i = pos + 3
    if text[i:i + 1] == ":":
        i += 1
    if not _two_digits_below_60(text, i):
        return []
    i += 2
    found = []
    j = i + 1 if text[i:i + 1] == ":" else i
    if _two_digits_below_60(text, j):
        j += 2
        if text[j:j + 1] == ".":
            k = j + 1
            while k < len(text) and k < j + 7 and "0" <= text[k] <= "9":
                k += 1
            for stop in range(k, j + 1, -1):
                found.append((text[pos:stop], stop))
        found.append((text[pos:j], j))
    found.append((text[pos:i], i))
    return found


def _two_digits_below_60(text, i):
    value = _digits(text, i, 2)
    return value is not None and value < 60


def _offset_of(z):
    # The matched %z text to (seconds, microseconds), with CPython's colon check.
    if z == "Z":
        return 0, 0
    text = z
    if text[3] == ":":
        text = text[:3] + text[4:]
        if len(text) > 5:
            if text[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % z)
            text = text[:5] + text[6:]
    seconds = (int(text[1:3]) * 60 + int(text[3:5])) * 60 + int(text[5:7] or 0)
    fraction = text[8:]
    us = int(fraction + "0" * (6 - len(fraction))) if fraction else 0
    return (-seconds, -us) if text[0] == "-" else (seconds, us)


def _match_pieces(pieces, index, text, pos, values):
    if index == len(pieces):
        return pos
    piece = pieces[index]
    if piece[0] == "lit":
        if text[pos:pos + 1].lower() != piece[1].lower() or pos >= len(text):
            return None
        return _match_pieces(pieces, index + 1, text, pos + 1, values)
    if piece[0] == "space":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        while end > pos:  # greedy, giving back one at a time
            result = _match_pieces(pieces, index + 1, text, end, values)
            if result is not None:
                return result
            end -= 1
        return None
    code = piece[1]
    for value, end in _candidates(code, text, pos):
        values.append((code, value))
        result = _match_pieces(pieces, index + 1, text, end, values)
        if result is not None:
            return result
        values.pop()
    return None


def _yday_from_week(year, week, weekday, week_starts_monday):
    # The day of the year (1-based, may be <= 0) of a weekday (0 = Monday) in a %U/%W week.
    first_weekday = (_days_before_year(year) + 1 + 6) % 7
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + (7 - first_weekday) % 7 + 7 * (week - 1) + weekday


_WEEKDAY_DIRECTIVES = "a weekday directive ('%A', '%a', '%w', or '%u')."


def _check_iso_directives(year_given, iso_year, iso_week, weekday, yday):
    # %G and %V only make a date together and with a weekday, and not beside %Y, as CPython insists.
    if not year_given and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and "
                             + _WEEKDAY_DIRECTIVES)
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and "
                             + _WEEKDAY_DIRECTIVES)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % _arg_type_name(data))
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % _arg_type_name(fmt))
    pieces = _compile_strptime(fmt)
    values = []
    end = _match_pieces(pieces, 0, data, 0, values)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    # A later directive overrides an earlier one for the same field, as CPython's loop does.
    year, month, day = 1900, 1, 1
    hour12 = ampm = weekday = week = yday = iso_year = iso_week = None
    hour = minute = second = microsecond = 0
    week_starts_monday = False
    for code, value in values:
        if code == "Y":
            year = value
        elif code == "y":
            year = value + (2000 if value < 69 else 1900)
        elif code == "m":
            month = value
        elif code in "bB":
            month = value + 1
        elif code == "d":
            day = value
        elif code == "H":
            hour, hour12 = value, None
        elif code == "I":
            hour12 = value
        elif code == "p":
            ampm = value
        elif code == "M":
            minute = value
        elif code == "S":
            second = value
        elif code == "f":
            microsecond = value
        elif code in "aA":
            weekday = value
        elif code == "w":
            weekday = (value + 6) % 7
        elif code == "u":
            weekday = value - 1
        elif code == "j":
            yday = value
        elif code == "G":
            iso_year = value
        elif code == "V":
            iso_week = value
        elif code in "UW":
            week, week_starts_monday = value, code == "W"
    year_given = any(code in "Yy" for code, _ in values)
    _check_iso_directives(year_given, iso_year, iso_week, weekday, yday)
    if hour12 is not None:
        hour = hour12 % 12 + 12 * (ampm or 0)  # no %p: AM
    if yday is None and weekday is not None and week is not None:
        yday = _yday_from_week(year, week, weekday, week_starts_monday)
        if yday <= 0:
            year -= 1
            yday += 366 if _is_leap(year) else 365
    if yday is None and weekday is not None and iso_year is not None and not year_given:
        ordinal = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
        year = iso_year
        yday = ordinal - _days_before_year(year)
    if yday is not None and MINYEAR <= year <= MAXYEAR:
        year, month, day = _ordinal_to_ymd(_days_before_year(year) + yday)
    found = dict(values)
    tz = None
    if "z" in found:
        seconds, us = _offset_of(found["z"])
        name = found.get("Z")
        delta = timedelta(seconds=seconds, microseconds=us)
        tz = timezone(delta, name) if name else timezone(delta)
    return (year, month, day, hour, minute, second, microsecond), tz
