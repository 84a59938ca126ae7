import time
t0 = time.perf_counter()
time.sleep(0.5)
elapsed = time.perf_counter() - t0
print(elapsed >= 0.5, elapsed < 5)
m = time.monotonic()
print(type(m).__name__)
print(isinstance(time.time(), float))
