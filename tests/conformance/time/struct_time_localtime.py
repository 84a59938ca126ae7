import time

lt = time.localtime(1700000000)
print(lt, lt.tm_zone, lt.tm_gmtoff, lt.tm_isdst)
print(time.mktime(lt), time.mktime(lt) == 1700000000)
fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]
print({f: getattr(lt, f) for f in fields})
print(list(lt) == [getattr(lt, f) for f in fields])
print(time.strftime("%A, %d. %B %Y %I:%M%p", lt))
st = time.struct_time((2024, 7, 4, 12, 30, 0, 3, 186, 1))
print(st, st.tm_isdst, st[8])
print(time.strftime("%Y-%m-%dT%H:%M:%S", st))
print(sorted([time.gmtime(100), time.gmtime(5), time.gmtime(50)])[0].tm_sec)
print(hash(time.gmtime(0)) == hash(time.gmtime(0)), time.gmtime(0) < time.gmtime(1))
print(max(time.gmtime(0)), min(time.gmtime(0)), sum(time.gmtime(0)))
