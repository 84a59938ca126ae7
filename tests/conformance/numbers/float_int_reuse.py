# Floats and ints freed and made again in loops (the interpreter recycles their memory): values
# never change under another holder, and living objects stay distinct.
def churn(n):
    kept = []
    x = 0.5
    for i in range(n):
        x = x * 1.000001 + 0.25
        tmp = x - 0.25
        if i % 97 == 0:
            kept.append(x)
        del tmp
    return kept


kept = churn(2000)
print(len(kept), kept[0], round(kept[-1], 6))
print(len(set(map(id, kept))) == len(kept))

a = 1.5
b = a
a += 1.0
print(a, b, a is b)

big = [i * 1_000_003 for i in range(1000)]
alias = big[500]
big = None
fresh = [i * 7_000_001 for i in range(1000)]
print(alias, fresh[500], alias == 500 * 1_000_003)

values = []
for i in range(300):
    f = i / 7
    g = f * 7
    values.append((f, g))
    del f
print(values[0], values[7], values[-1])
print(len({id(v[0]) for v in values}) == len(values))

huge = 10 ** 40
copies = [huge + i for i in range(50)]
del huge
print(copies[0] - 10 ** 40, copies[-1] - 10 ** 40, sum(c - 10 ** 40 for c in copies))

# Objects of many sizes freed together and made again.
for round_ in range(3):
    objs = [(i, float(i), str(i), [i], {i: i}, i * 10 ** 20) for i in range(200)]
    check = sum(o[0] + o[1] + len(o[2]) + o[3][0] + o[4][o[0]] for o in objs)
    del objs
    print(round_, check)
