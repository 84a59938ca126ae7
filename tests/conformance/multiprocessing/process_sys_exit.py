# sys.exit in a child sets its exit code: an int as is, None as 0, anything else as 1.
import multiprocessing as mp
import sys


def leave(code):
    sys.exit(code)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for code in [0, 3, None, 255]:
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print(code, "->", p.exitcode)
