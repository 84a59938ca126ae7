import time

for ts in [0, 86400 * 3, 1000000000, 1234567890, 1700000000, 1704067199, 1709164800, 2000000000, 951868800, -1, 253402300799]:
    print(ts, "|", time.ctime(ts), "|", time.asctime(time.gmtime(ts)), "|", time.strftime("%c", time.gmtime(ts)))
now = time.ctime()
print(len(now), now[3] == " ", now[7] == " ", now[10] == " ", now[13] == ":", now[16] == ":")
lt = time.localtime()
print(lt.tm_year >= 2024, 1 <= lt.tm_mon <= 12, 0 <= lt.tm_wday <= 6)
print(time.strftime("%Y-%m-%d", time.localtime(1700000000)), time.strftime("%H:%M", time.localtime(0)))
