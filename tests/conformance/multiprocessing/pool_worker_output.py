# Workers' prints reach stdout when they exit (close + join); one worker keeps the order.
import multiprocessing as mp


def shout(x):
    print("working on", x)
    return x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(1)
    print(pool.map(shout, [1, 2, 3]))
    pool.close()
    pool.join()
    print("end")
