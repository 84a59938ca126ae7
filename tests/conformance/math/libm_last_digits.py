# Full-precision values of math functions whose last digit depends on the C library: CPython
# prints glibc's here. The wasm builds use musl's libm (a last-digit difference, listed in
# tests/node/conformance.test.js); float_functions.py checks the same functions to 12 digits.
import math

for x in (2, 3.5, 10, 30, 171, 172, 1e-310, 1e308):
    print("cbrt", x, repr(math.cbrt(x)))
for x in (-1, 10):
    print("erfc", x, repr(math.erfc(x)))
print("atan2", repr(math.atan2(7, -3)))
