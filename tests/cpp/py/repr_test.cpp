// repr() of constants as CPython prints them (used by dump()).
#include <gtest/gtest.h>

#include <cmath>

#include "py/ast_repr.hpp"

namespace {

TEST(Repr, Floats) {
  EXPECT_EQ(py::repr_float(0.0), "0.0");
  EXPECT_EQ(py::repr_float(-0.0), "-0.0");
  EXPECT_EQ(py::repr_float(1.5), "1.5");
  EXPECT_EQ(py::repr_float(0.1), "0.1");
  EXPECT_EQ(py::repr_float(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(py::repr_float(1e16), "1e+16");
  EXPECT_EQ(py::repr_float(1e15), "1000000000000000.0");
  EXPECT_EQ(py::repr_float(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(py::repr_float(1e-4), "0.0001");
  EXPECT_EQ(py::repr_float(1e-5), "1e-05");
  EXPECT_EQ(py::repr_float(5e-324), "5e-324");
  EXPECT_EQ(py::repr_float(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(py::repr_float(INFINITY), "inf");
  EXPECT_EQ(py::repr_float(-INFINITY), "-inf");
  EXPECT_EQ(py::repr_float(NAN), "nan");
  EXPECT_EQ(py::repr_float(100.0), "100.0");
  EXPECT_EQ(py::repr_float(2.5e-310), "2.5e-310");
}

TEST(Repr, Imaginary) {
  EXPECT_EQ(py::repr_imag(1.0), "1j");
  EXPECT_EQ(py::repr_imag(2.5), "2.5j");
  EXPECT_EQ(py::repr_imag(0.0), "0j");
  EXPECT_EQ(py::repr_imag(1e20), "1e+20j");
}

TEST(Repr, Strings) {
  EXPECT_EQ(py::repr_str("abc"), "'abc'");
  EXPECT_EQ(py::repr_str("it's"), "\"it's\"");
  EXPECT_EQ(py::repr_str("'\""), "'\\'\"'");
  EXPECT_EQ(py::repr_str("a\tb\nc\rd\\"), "'a\\tb\\nc\\rd\\\\'");
  EXPECT_EQ(py::repr_str(std::string("\x00\x1f\x7f", 3)), "'\\x00\\x1f\\x7f'");
  EXPECT_EQ(py::repr_str("한국어 é"), "'한국어 é'");
  EXPECT_EQ(py::repr_str("\xc2\xa0\xe2\x80\x8b"), "'\\xa0\\u200b'");
  EXPECT_EQ(py::repr_str("\xf0\x9f\x98\x80"), "'\xf0\x9f\x98\x80'");
}

TEST(Repr, Bytes) {
  EXPECT_EQ(py::repr_bytes("abc"), "b'abc'");
  EXPECT_EQ(py::repr_bytes(std::string("\x00\xff'", 3)), "b\"\\x00\\xff'\"");
  EXPECT_EQ(py::repr_bytes("\t\n"), "b'\\t\\n'");
}

}  // namespace
