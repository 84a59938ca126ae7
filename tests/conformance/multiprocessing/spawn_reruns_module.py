# With spawn the child runs the module again as __mp_main__: unguarded prints happen again
# (at the child's exit, when its buffered output is written).
import multiprocessing as mp

print("module body runs as", __name__)
ORIGIN = __name__


def report():
    print("in the child, ORIGIN is", ORIGIN)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=report)
    p.start()
    p.join()
    print("parent done")
