import time

names = ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
         "sleep", "ctime", "asctime", "localtime", "gmtime", "mktime", "strftime", "struct_time",
         "timezone", "altzone", "tzname", "daylight"]
for n in names:
    print(n, hasattr(time, n))
print(callable(time.sleep), type(time.timezone), type(time.tzname))
from time import sleep, monotonic
a = monotonic()
sleep(2)
print(round(monotonic() - a))
import time as t2
print(t2 is time)
print(repr(time.struct_time)[:25])
