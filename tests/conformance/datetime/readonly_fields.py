from datetime import date, datetime, time, timedelta

due = datetime(2024, 9, 1, 17, 30)
# Learners sometimes try to change a field in place; replace() is the way.
for obj, field in ((due, "year"), (due, "hour"), (date(2024, 1, 1), "day"), (time(8), "tzinfo"),
                   (timedelta(days=2), "days"), (date(2024, 1, 1).isocalendar(), "week")):
    try:
        setattr(obj, field, 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(obj, field)
    except AttributeError as e:
        print("AttributeError:", e)
    print(field, "is still", getattr(obj, field))
print(due.replace(year=2025, hour=9))
print(type(datetime.year).__name__ == type(datetime.hour).__name__)
