# A shared Array filled by a child.
import multiprocessing as mp


def fill(arr):
    for i in range(len(arr)):
        arr[i] = i * i


if __name__ == "__main__":
    mp.set_start_method("spawn")
    arr = mp.Array("i", 6)
    p = mp.Process(target=fill, args=(arr,))
    p.start()
    p.join()
    print(arr[:], len(arr), arr[2])
    floats = mp.Array("d", [0.5, 1.5])
    print(list(floats))
