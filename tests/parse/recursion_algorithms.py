def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print(fact(20), len(hanoi(5)), quicksort([3, 1, 4, 1, 5, 9, 2, 6]), binary_search(list(range(100)), 42))
print(2 ** 100, fact(30), -7 // 2, -7 % 2, divmod(17, 5), 7 / 2, 1e3, round(2.675, 2))
