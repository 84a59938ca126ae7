from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)
print(pool.submit(lambda: "ok").result())
pool.shutdown()
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
