from multiprocessing import Pool, Process, Queue, cpu_count
import os


def f(x):
    return x * x


def info(title):
    print(title)
    print('module name:', __name__)
    print('parent process:', os.getppid())
    print('process id:', os.getpid())


if __name__ == '__main__':
    with Pool(processes=4) as pool:
        print(pool.map(f, range(10)))
        for i in pool.imap_unordered(f, range(10)):
            print(i, end=' ')
        res = pool.apply_async(os.getpid, ())
        print(res.get(timeout=1))
    p = Process(target=info, args=('bob',))
    p.start()
    p.join()
    print(cpu_count() > 0)
