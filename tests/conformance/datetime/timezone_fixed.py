from datetime import datetime, timezone, timedelta, UTC
import datetime as dt_module

print(timezone.utc, repr(timezone.utc), UTC is timezone.utc, dt_module.UTC)
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
odd = timezone(timedelta(hours=-3, seconds=-15, microseconds=-5))
for tz in (ist, est, odd, timezone.min, timezone.max, timezone(timedelta(0)), timezone(timedelta(0), "Z")):
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "CET"))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "X")))

meeting = datetime(2024, 6, 1, 15, 0, tzinfo=ist)
print(meeting, repr(meeting))
print(meeting.utcoffset(), meeting.tzname(), meeting.dst())
print(meeting.astimezone(timezone.utc), meeting.astimezone(est), meeting.astimezone(ist) is meeting)
print(meeting.timestamp(), meeting.utctimetuple())
print(meeting.isoformat(), meeting.strftime("%Y-%m-%d %H:%M %z %Z"))
print(est.fromutc(datetime(2024, 1, 1, 12, tzinfo=est)))

same = datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)
print(meeting == same, hash(meeting) == hash(same), meeting - same, meeting < same + timedelta(seconds=1))
print(datetime(2024, 1, 1, tzinfo=est) - datetime(2024, 1, 1, tzinfo=ist))
print(datetime(2024, 1, 1, tzinfo=est).replace(tzinfo=None), datetime(2024, 1, 1).replace(tzinfo=timezone.utc))

naive = datetime(2024, 1, 1)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(naive == aware, naive != aware)
for expr in ("naive < aware", "naive - aware", "aware - naive", "timezone(5)", "timezone(timedelta(hours=24))",
             "timezone(timedelta(hours=-24))", "timezone(timedelta(0), 5)", "ist.utcoffset(5)",
             "ist.fromutc(datetime(2024, 1, 1))", "ist.fromutc(5)", "datetime(2024, 1, 1, tzinfo=5)"):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
