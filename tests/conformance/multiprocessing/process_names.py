# Default names count the processes made; current_process() and parent_process() in a child.
import multiprocessing as mp


def who():
    me = mp.current_process()
    print("child:", me.name, mp.parent_process().name)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("parent:", mp.current_process().name, mp.parent_process())
    procs = [mp.Process(target=who), mp.Process(target=who, name="worker-x"), mp.Process(target=who)]
    print([p.name for p in procs])
    for p in procs:
        p.start()
        p.join()
