import time

s = time.gmtime(1700000000)
print(s)
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst)
print(s[0], s[-1], s[2:5], len(s), tuple(s), list(s)[:2])
print(s.tm_zone, s.tm_gmtoff)
print(type(s), type(s).__name__ if False else "struct_time")
year, mon, *rest = s
print(year, mon, rest)
print(s == time.gmtime(1700000000), s == tuple(s), s != time.gmtime(0))
print(2023 in s, 1999 in s)
try:
    s.tm_foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s[9]
except IndexError as e:
    print(type(e).__name__, e)
t = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(t, t.tm_zone, t.tm_gmtoff)
t2 = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600))
print(t2.tm_zone, t2.tm_gmtoff, len(t2))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(time.gmtime(0))
print(time.gmtime(-1))
print(time.gmtime(1.9))
print(time.gmtime(-1.5))
print(time.gmtime(951782400))  # 2000-02-29
