import time

# The machine's zone is UTC (as in the browser).
print(time.ctime(0))
print(time.ctime(1700000000))
print(time.ctime(1700000000.9))
print(time.ctime(-86400 * 365))
print(time.ctime(1000000))
print(time.asctime(time.gmtime(0)))
print(time.asctime((2024, 2, 5, 6, 7, 8, 0, 36, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.localtime(0))
print(time.localtime(1700000000) == time.gmtime(1700000000))
print(time.mktime(time.gmtime(0)), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.mktime(time.localtime(1700000000)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(len(time.ctime()), time.ctime()[3], time.ctime()[7], time.ctime()[-5])
print(time.ctime(None) == time.ctime() or True)
print(type(time.localtime()), len(time.asctime()))
for f, arg in [(time.gmtime, "x"), (time.ctime, "a"), (time.localtime, [1]), (time.mktime, 5), (time.asctime, 5)]:
    try:
        f(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.asctime((2024, 1, 1, 0, 0, 0, 0, 1))
except TypeError as e:
    print(type(e).__name__, e)
print(time.gmtime(True))
