# Arguments are copied: a child mutating a list or dict leaves the parent's unchanged.
import multiprocessing as mp


def mutate(items, table):
    items.append(99)
    table["new"] = 1
    print("child:", items, sorted(table))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    items, table = [1, 2], {"a": 0}
    p = mp.Process(target=mutate, args=(items, table))
    p.start()
    p.join()
    print("parent:", items, sorted(table))
