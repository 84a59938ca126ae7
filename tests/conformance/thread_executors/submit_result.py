from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(square, i) for i in range(5)]
    print([f.result() for f in futures])
    print(all(f.done() for f in futures))
