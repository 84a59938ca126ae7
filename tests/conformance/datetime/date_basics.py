from datetime import date, timedelta, MINYEAR, MAXYEAR

birthday = date(1990, 7, 15)
print(birthday)
print(repr(birthday))
print(birthday.year, birthday.month, birthday.day)
print("weekday:", birthday.weekday(), "isoweekday:", birthday.isoweekday())
print("ordinal:", birthday.toordinal())
print(date.fromordinal(birthday.toordinal()) == birthday)
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)

# Leap years and month lengths
for year in (1900, 2000, 2023, 2024):
    try:
        print(year, date(year, 2, 29))
    except ValueError as e:
        print(year, "error:", e)

# Walk the first day of every month
firsts = [date(2024, m, 1) for m in range(1, 13)]
print([d.strftime("%b") for d in firsts])
print([(d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) for d in firsts][:3])

print(birthday.replace(year=2000))
print(birthday.ctime())
print(birthday.timetuple())
print(date(2024, 12, 31).timetuple().tm_yday)
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(date.fromordinal(1), date.fromordinal(3652059))
print(birthday.isoformat(), str(birthday), f"{birthday}", f"{birthday!r}")
