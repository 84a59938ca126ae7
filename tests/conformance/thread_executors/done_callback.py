from concurrent.futures import ThreadPoolExecutor

def report(fut):
    print("callback got", fut.result())

with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(sum, [1, 2, 3])
    f.result()
    f.add_done_callback(report)
print("after shutdown")
