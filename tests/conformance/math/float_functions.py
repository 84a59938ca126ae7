# math's float functions: values, special values (inf, nan, -0.0) and CPython's errors.
import math

inf, nan = math.inf, math.nan


# Where C libraries differ in the last digit (glibc here; musl in wasm builds), values print to
# 12 digits; libm_last_digits.py prints them whole.
LIBM_VARIES = {"cbrt", "erfc", "atan2"}


def show(label, f, *args):
    try:
        value = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if f.__name__ in LIBM_VARIES and isinstance(value, float) and math.isfinite(value):
        print(label, f"{value:.12g}")
    else:
        print(label, repr(value))


unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cosh", "sinh", "tanh",
         "erf", "erfc", "exp2", "expm1", "log1p", "gamma", "lgamma", "degrees", "radians",
         "isfinite", "isinf", "isnan", "frexp", "modf", "ulp"]
inputs = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 3.5, -2.5, 10, 30, 171, 172, 1000, -1000, 1e-310,
          1e308, inf, -inf, nan]
for name in unary:
    f = getattr(math, name)
    for x in inputs:
        show(f"{name}({x!r})", f, x)

binary = ["atan2", "copysign", "fmod", "remainder", "nextafter"]
pairs = [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, 0.0), (-0.0, -1.0), (5.5, 2.0), (-5.5, 2.0),
         (7, -3), (1.0, 0.0), (inf, 1.0), (1.0, inf), (-1.0, -inf), (inf, inf), (nan, 1.0),
         (1.0, nan), (3.0, 3.0), (1e308, -1e-308), (0.0, 1.0)]
for name in binary:
    f = getattr(math, name)
    for x, y in pairs:
        show(f"{name}({x!r}, {y!r})", f, x, y)

for x, i in [(1.0, 3), (0.75, -2), (1.0, 1024), (1.0, 1023), (5e-324, -1), (1.0, -1075),
             (1.5, 10**30), (1.5, -10**30), (0.0, 10**30), (-0.0, 5), (inf, -3), (nan, 2), (3, 2)]:
    show(f"ldexp({x!r}, {i!r})", math.ldexp, x, i)

show("sum of ulps", lambda: [math.ulp(x) for x in (1.0, 2.0**52, 1.7976931348623157e308, 5e-324)])
show("nextafter chain", lambda: [math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0)])
show("big int arg", math.cosh, 10**400)
show("int arg", math.atan2, 1, 1)

# Wrong types and arity.
show("acos str", math.acos, "x")
show("acos none", math.acos, None)
show("acos()", math.acos)
show("isnan 2 args", math.isnan, 1.0, 2.0)
show("atan2 one arg", math.atan2, 1.0)
show("copysign str", math.copysign, 1.0, "a")
show("ldexp float exp", math.ldexp, 1.0, 1.5)
show("nextafter one arg", math.nextafter, 1.0)
show("frexp str", math.frexp, "1")

# gamma and lgamma over a grid (CPython computes them itself: every digit must agree).
for i in range(-150, 1300, 7):
    x = i / 7.3
    print("grid", repr(x), end=" ")
    for f in (math.gamma, math.lgamma):
        try:
            print(repr(f(x)), end=" ")
        except Exception as e:
            print(type(e).__name__, end=" ")
    print()
