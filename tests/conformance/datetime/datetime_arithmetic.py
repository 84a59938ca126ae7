from datetime import datetime, date, timedelta

start = datetime(2024, 2, 28, 22, 30)
print(start + timedelta(hours=3))
print(start + timedelta(days=1, minutes=45))
print(start - timedelta(seconds=1))
print(start + timedelta(microseconds=1))
print(timedelta(days=366) + start)

end = datetime(2024, 3, 2, 6, 15, 30)
elapsed = end - start
print(elapsed, repr(elapsed))
print(start - end)
print(f"{elapsed.total_seconds():.0f} seconds, {elapsed.days} days")
hours, rest = divmod(elapsed.seconds, 3600)
print(f"{elapsed.days}d {hours}h {rest // 60}m")

# Countdown in steps
t = datetime(2024, 12, 31, 23, 59, 58)
for _ in range(4):
    print(t)
    t += timedelta(seconds=1)

print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 0, 1))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime(2024, 1, 1) != date(2024, 1, 1))
print(hash(datetime(2024, 1, 1, 12)) == hash(datetime(2024, 1, 1, 12, 0, 0, 0)))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5, 5), datetime(2024, 1, 1, 23)]))

for expr in ("start + 1", "start - date(2024, 1, 1)", "date(2024, 1, 1) - start", "start < date(2024, 1, 1)",
             "date(2024, 1, 1) <= start", "start < 5", "datetime.max + timedelta(microseconds=1)",
             "datetime.min - timedelta(days=1)", "start * 2"):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
