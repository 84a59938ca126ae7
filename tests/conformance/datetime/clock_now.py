import time
from datetime import datetime, date, timezone, timedelta

# now() follows the same clock as time.time(): compare, never print the moment itself.
before = time.time()
now = datetime.now()
utc_now = datetime.now(timezone.utc)
after = time.time()
print(before - 1 <= utc_now.timestamp() <= after + 1)
print(before - 1 <= now.timestamp() <= after + 1)
print(abs(datetime.utcnow().replace(tzinfo=timezone.utc) - utc_now) < timedelta(seconds=1))
print(abs(datetime.today() - now) < timedelta(seconds=1), date.today() == now.date() or now.hour == 23)
print(now.tzinfo, utc_now.tzinfo, type(now).__name__)
print(abs(datetime.now(timezone(timedelta(hours=5))) - utc_now) < timedelta(seconds=1))
print(datetime.now(timezone(timedelta(hours=5))).utcoffset())

# Sleeping moves now() forward by about as much
start = datetime.now()
time.sleep(2)
waited = datetime.now() - start
print(timedelta(seconds=1.9) <= waited < timedelta(seconds=3))
print(round(waited.total_seconds()))
local = datetime.fromtimestamp(before)
print(abs(local.timestamp() - before) < 1e-5)
print(abs(datetime.fromtimestamp(before, timezone.utc).timestamp() - before) < 1e-5)
print(now.astimezone().utcoffset() == timedelta(seconds=time.localtime().tm_gmtoff))
try:
    datetime.now(5)
except TypeError as e:
    print("TypeError:", e)
