from datetime import datetime

cases = [
    ("2024-03-09 14:05:09", "%Y-%m-%d %H:%M:%S"),
    ("09/03/24", "%d/%m/%y"),
    ("9/3/70", "%d/%m/%y"),
    ("March 9, 2024", "%B %d, %Y"),
    ("mar 9 2024", "%b %d %Y"),
    ("Saturday 09 March 2024", "%A %d %B %Y"),
    ("2:05 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:30", "%I:%M"),
    ("2024-03-09T14:05:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-03-09T14:05:09.123456", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024 069", "%Y %j"),
    ("2024 10 6", "%Y %W %w"),
    ("2024 10 Sat", "%Y %U %a"),
    ("Sat Mar  9 14:05:09 2024", "%c"),
    ("03/09/24", "%x"),
    ("14:05:09", "%X"),
    ("   2024", "%Y"),
    ("2024  -  03", "%Y - %m"),
    ("100%", "%d%%"),
    ("20240309", "%Y%m%d"),
    ("2024-03-09 14:05:09 +0530", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-09 14:05:09 -08:00", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-09T14:05:09Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("14:05 UTC", "%H:%M %Z"),
    ("14:05 +0000 UTC", "%H:%M %z %Z"),
    ("2024-3-123", "%Y-%m-%d"),
    ("2024-03-09 extra", "%Y-%m-%d"),
    ("2024-03", "%Y-%m-%d"),
    ("24-03-09", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"),
    ("02-29", "%m-%d"),
    ("25:00", "%H:%M"),
    ("2024", "%Y %Q"),
    ("2024", "%Y%"),
    ("2024-03-09", "%Y-%m-%d %H"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), repr(fmt), "-> ValueError:", e)

# Parse a small log and compute durations
log = """2024-03-09 08:00:00 start
2024-03-09 08:45:30 middle
2024-03-09 10:15:00 end"""
stamps = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log.splitlines()]
for earlier, later in zip(stamps, stamps[1:]):
    print(later - earlier)
for bad in ((2024, "%Y"), ("2024", None)):
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print("TypeError")
