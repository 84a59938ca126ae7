// Python's float: repr/str, float(str), round(), hash, floor division and modulo, ** —
// all as CPython 3.11 prints and raises them, identical under g++/libstdc++ and em++/libc++.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "py/bigint.hpp"

namespace py {

// Shortest decimal digits that read back as x (the closest such, when several): x equals
// 0.DIGITS * 10**decpt. x must be finite and nonzero; the sign is ignored.
void shortest_digits(double x, std::string* digits, int* decpt);

// repr(x) == str(x): "1.0", "0.1", "1e+16", "1e-05", "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// CPython's PyOS_double_to_string: type 'r' (repr digits), 'e'/'E', 'f'/'F', 'g'/'G' with a
// precision; `alt` is '#'; `add_dot_0` makes integral fixed-point results end in ".0" (the
// empty presentation type). The result has a leading '-' for negatives (and -0.0), no '+'.
std::string format_double(double x, char type, int precision, bool alt = false, bool add_dot_0 = false);

// float(s): whitespace, sign, underscores between digits, "inf"/"infinity"/"nan" in any case.
NumResult<double> parse_float(std::string_view s);

// hash(x) as CPython (modulus 2**61 - 1; equal to hash(int(x)) for integral x). CPython hashes
// NaN by object identity; this returns 0 for NaN and the VM substitutes the id.
int64_t hash_double(double x);

bool float_is_integer(double x);

// round(x, ndigits): correctly rounded, ties to even on the exact binary value
// (round(2.675, 2) == 2.67). round(x) / round(x, None) returns an int.
NumResult<double> round_double(double x, int64_t ndigits);
NumResult<BigInt> round_double_to_int(double x);

// Python's /, //, %, divmod and ** for floats (and so for int/float mixes after conversion).
NumResult<double> float_truediv(double a, double b);
NumResult<double> float_floordiv(double a, double b);
NumResult<double> float_mod(double a, double b);
NumResult<std::pair<double, double>> float_divmod(double a, double b);
// A negative base with a non-integral exponent has a complex result in Python 3: that case
// comes back as the error type "complex" for the VM to redo with complex numbers.
NumResult<double> float_pow(double a, double b);

}  // namespace py
