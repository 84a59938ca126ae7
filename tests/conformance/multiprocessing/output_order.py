# Children write to the same stdout as they print: the parent goes on after start() while the
# child starts, so its line comes first; join() waits for the child's lines.
import multiprocessing as mp


def child():
    print("child line 1")
    print("child line 2")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("before start")
    p = mp.Process(target=child)
    p.start()
    print("after start")
    p.join()
    print("after join")
