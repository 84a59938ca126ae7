from datetime import timedelta

hour = timedelta(hours=1)
print(hour + timedelta(minutes=30), hour - timedelta(minutes=90), -hour, +hour, abs(-hour))
print(hour * 3, 3 * hour, hour * 0, hour * -2)
print(hour * 1.5, 0.25 * hour, hour * (1 / 3), timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
print(hour / 7, hour / 7.0, hour / 2.5, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2)
print(hour / timedelta(minutes=7), hour // timedelta(minutes=7), hour % timedelta(minutes=7))
print(divmod(hour, timedelta(minutes=7)))
print(hour // 7, timedelta(days=-1) // 7, timedelta(microseconds=-1) // 2)
print(divmod(timedelta(days=-3), timedelta(days=2)))
print(timedelta(days=1, seconds=1) / timedelta(seconds=1))

# Total work time from a list of sessions
sessions = [timedelta(hours=2, minutes=15), timedelta(minutes=50), timedelta(hours=1, seconds=30)]
total = sum(sessions, timedelta())
print("total:", total, "average:", total / len(sessions))
print(f"{total.total_seconds() / 3600:.2f} hours")

print(hour == timedelta(minutes=60), hour != timedelta(minutes=60), hour < timedelta(hours=2), hour > timedelta(0))
print(hour == 3600, bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([timedelta(days=1), timedelta(seconds=-1), timedelta(0)]))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)))

for expr in ("hour / 0", "hour // 0", "hour % timedelta(0)", "hour / timedelta(0)", "hour + 1", "hour * 'x'",
             "hour * hour", "hour < 5", "1 - hour", "hour @ hour", "timedelta.max + hour", "timedelta.max * 2"):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
