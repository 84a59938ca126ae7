# Each process has its own globals: changes made by the parent after import, or by a child,
# are not seen by the other.
import multiprocessing as mp

counter = 0


def bump():
    global counter
    counter += 100
    print("child sees", counter)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    counter = 5
    p = mp.Process(target=bump)
    p.start()
    p.join()
    print("parent still has", counter)
