# One file system for the whole run: threads, asyncio's worker threads and multiprocessing
# children see the files the program writes.
import asyncio
import multiprocessing
import os
import threading

NAME = "shared_by_threads.tmp"


def append(line):
    with open(NAME, "a") as f:
        f.write(line + "\n")


def child(name):
    with open(name) as f:
        count = len(f.readlines())
    with open(name, "a") as f:
        f.write("child saw " + str(count) + "\n")


async def main():
    await asyncio.to_thread(append, "from to_thread")


if __name__ == "__main__":
    with open(NAME, "w") as f:
        f.write("main\n")
    workers = [threading.Thread(target=append, args=("thread " + str(i),)) for i in range(3)]
    for w in workers:
        w.start()
        w.join()
    asyncio.run(main())
    p = multiprocessing.Process(target=child, args=(NAME,))
    p.start()
    p.join()
    with open(NAME) as f:
        print(f.read(), end="")
    os.remove(NAME)
