import time

print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.monotonic_ns()))
print(type(time.perf_counter()), type(time.perf_counter_ns()), type(time.process_time()))
t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.3)
print(round(time.monotonic() - t0, 1), round(time.perf_counter() - p0, 1))
w0 = time.time()
time.sleep(1)
print(round(time.time() - w0))
n0 = time.monotonic_ns()
time.sleep(0.5)
print(round((time.monotonic_ns() - n0) / 1e9, 1))
print(time.time() > 1_600_000_000, time.time_ns() > 1_600_000_000 * 10**9)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
print(time.sleep(0))
for bad in ["x", None, [1]]:
    try:
        time.sleep(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
for big in [10**20, 2**62, 1e300, float("inf"), 1e12]:
    try:
        time.sleep(big)
    except OverflowError as e:
        print(type(e).__name__, e)
