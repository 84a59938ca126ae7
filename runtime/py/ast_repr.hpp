// Python's repr() of the constant types that appear in an AST (str, bytes, float, complex),
// byte-exact with CPython 3.11. Used by dump(); reusable by the object model.
#pragma once
#include <string>
#include <string_view>

namespace py {

std::string repr_str(std::string_view utf8);
std::string repr_bytes(std::string_view bytes);
// repr(float): shortest round-trip digits, CPython's fixed/exponent switch, "inf", "nan".
std::string repr_float(double v);
// repr(complex(0, imag)), e.g. "1j", "1.5j", "1e+16j".
std::string repr_imag(double imag);
// Shortest round-trip decimal digits and exponent: v = 0.d1d2d3... * 10^decpt (v finite, > 0).
void shortest_digits(double v, std::string& digits, int& decpt);

}  // namespace py
