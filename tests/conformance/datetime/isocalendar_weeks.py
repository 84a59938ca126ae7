from datetime import date, timedelta

for year in (2004, 2008, 2015, 2019, 2020, 2021, 2024, 2026, 1, 9999):
    first, last = date(year, 1, 1), date(year, 12, 31)
    print(year, first.isocalendar(), last.isocalendar())

cal = date(2024, 12, 30).isocalendar()
print(cal, cal.year, cal.week, cal.weekday, cal[0], cal[-1], len(cal), list(cal))
year, week, day = cal
print(year, week, day, cal == (2025, 1, 1), (2025, 1, 1) == cal, cal != (2025, 1, 1))

# Count days per ISO week in January 2024
weeks = {}
d = date(2024, 1, 1)
while d.month == 1:
    weeks.setdefault(d.isocalendar().week, []).append(d.day)
    d += timedelta(days=1)
for week, days in weeks.items():
    print(f"week {week:2}: {days}")
print(date(2024, 1, 1).strftime("%G-W%V-%u"), date(2021, 1, 3).strftime("%G-W%V-%u"))
