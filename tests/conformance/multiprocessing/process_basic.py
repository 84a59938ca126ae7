# Process: start, join, exitcode, is_alive, name; the child's output reaches stdout at its exit.
import multiprocessing as mp


def greet(who):
    print("hello from the child,", who)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=greet, args=("world",))
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print(p.is_alive(), p.exitcode)
