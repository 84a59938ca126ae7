import threading
from concurrent.futures import ThreadPoolExecutor

def who():
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
    print(pool.submit(who).result())
    print(pool.submit(who).result())
