# float.hex() and float.fromhex(): CPython's exact text, round trips, rounding, errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


values = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 3.141592653589793, 255.0, 1e-10, 1e300, -2.5e-8,
          5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e+308, 2.2250738585072014e-308,
          float('inf'), float('-inf'), float('nan'), 2.0**-1074 * 3, 1 / 3, 2.0**1000]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or (back != back and x != x))

texts = ['0x1.8p+0', '0x1.8p0', '0X1.8P+0', '1.8p0', '0x1p-1', '0x.8p1', '0x1.p1', '0x10', 'ff', '-0x1p-1074',
         '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-1080', '0x1.fffffffffffffp+1023',
         '0x1.fffffffffffff7p+1023', '0x1.00000000000008p+0', '0x1.00000000000018p+0', '0x1.000000000000080001p+0',
         '0x0.0000000000001p-1022', '0x0p+99999999999999', '0x1p-99999999999999', '  0x1.8p+0  \n', '+0x1p3',
         'inf', '-Infinity', 'nan', '-NaN', '0x00000000000000000000001p+4', '0x1' + '0' * 40 + 'p-160',
         '0x1.' + 'f' * 30 + 'p0', '0x0.000', '-0x0p0']
for s in texts:
    show("fromhex(%r)" % s, lambda: float.fromhex(s))

for s in ['', 'zz', '0x', '0x1p', '0x1p+', '0x1.8q', '1e5', '0x1 p0', '0x1p1.5', '--1', 'infx', '0x1_0', '.']:
    show("fromhex(%r)" % s, lambda: float.fromhex(s))
show("fromhex('0x1p2000')", lambda: float.fromhex('0x1p2000'))
show("fromhex('0x1.fffffffffffff8p+1023')", lambda: float.fromhex('0x1.fffffffffffff8p+1023'))
show("fromhex('-0x1p1024')", lambda: float.fromhex('-0x1p1024'))
show("fromhex(5)", lambda: float.fromhex(5))
show("fromhex()", lambda: float.fromhex())

# every hex text of many random floats reads back exactly
import random
random.seed(11)
ok = True
for _ in range(500):
    x = random.uniform(-1, 1) * 2.0 ** random.randint(-1070, 1020)
    if float.fromhex(x.hex()) != x:
        ok = False
print("round trips", ok)
