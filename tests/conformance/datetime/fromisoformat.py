from datetime import date, time, datetime

for text in ("2024-03-09", "20240309", "2024-W10", "2024W10", "2024-W10-6", "2024W106", "2020-W53-7",
             "2024-3-9", "2024/03/09", "24-03-09", "2024-03-09T10:00", "", "2024-02-30", "2024-13-01"):
    try:
        print(repr(text), "->", repr(date.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)

for text in ("10", "10:30", "1030", "10:30:15", "103015", "10:30:15.5", "10:30:15.123", "10:30:15.123456",
             "10:30:15.1234567", "10:30:15,25", "10:30Z", "10:30:00+05:30", "10:30-0800", "10:30:00+01:00:30",
             "T10:30", "24:00", "10:61", "10:30:", "ten", "10:30+", "10:30:15.", "10.5"):
    try:
        print(repr(text), "->", repr(time.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)

for text in ("2024-03-09T10:30:00", "2024-03-09 10:30", "2024-03-09T10:30:00.250+02:00", "2024-03-09T10:30Z",
             "20240309T103000", "2024-03-09X10:30", "2024-03-09T", "2024-W10-6T08:00", "2024-03-09T25:00",
             "2024-03-09T10:30:00-00:00", "2024-03-09", "not a date"):
    try:
        print(repr(text), "->", repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)

original = datetime(2024, 3, 9, 10, 30, 15, 120000)
print(datetime.fromisoformat(original.isoformat()) == original)
print(date.fromisocalendar(2024, 10, 6), date.fromisocalendar(2020, 53, 5), datetime.fromisocalendar(2021, 1, 1))
for args in ((2024, 0, 1), (2024, 53, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1)):
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
for bad in (None, 20240309):
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print("TypeError:", e)
