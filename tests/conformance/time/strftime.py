import time

s = time.gmtime(1700000000)
for d in "aAbBcdHIjmMpSUwWxXyYZz%GVuCeDTRhgklsP":
    print(d, repr(time.strftime("%" + d, s)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(0)))
print(time.strftime("[%d/%b/%Y:%H:%M:%S]", time.gmtime(1234567890)))
print(repr(time.strftime("", s)))
print(time.strftime("no directives", s))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%a %j", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime("%m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S", (2024, 12, 31, 23, 59, 61, 1, 366, 0)))
for tup in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (2024, 1, 1, 0, 0, 0, 0, -1, 0)]:
    try:
        time.strftime("%Y", tup)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1,), ("%Y", 5), ("%Y", (1, 2)), ("%Y", (2024.5, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        time.strftime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(time.strftime("%Y")))
