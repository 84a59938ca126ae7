// The precompiled library (runtime/py/precompiled_library.hpp) and the Code serializer under it:
// every library module read back from bytes equals a fresh compile of its source, field by
// field (compared here without the serializer); the bytes the build embedded are exactly what
// this binary's compiler makes of the embedded source, so a stale blob fails here; a blob that
// can't be trusted is refused; malformed bytes give null, never a crash.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "py/bytes_object.hpp"
#include "py/code_serializer.hpp"
#include "py/compiler.hpp"
#include "py/frozen_modules.hpp"
#include "py/objects.hpp"
#include "py/precompiled_library.hpp"
#include "py/source.hpp"

namespace py {
Object* ellipsis_object();  // object_type.cpp
}

namespace {

using py::Code;
using py::Object;
using py::Ref;
using py::Value;

Ref<Code> compile(const std::string& filename, std::string_view text) {
  py::init_core_types();
  py::CompileResult r = py::compile_source(py::Source(filename, text));
  EXPECT_TRUE(r.code) << filename << ": " << (r.error ? r.error->message : "");
  return r.code;
}

bool is_interned(py::Str* s) { return py::intern(s->text).get() == s; }

void expect_same_value(Object* a, Object* b, const std::string& where);

void expect_same_names(const std::vector<Ref<py::Str>>& a, const std::vector<Ref<py::Str>>& b,
                       const std::string& where) {
  ASSERT_EQ(a.size(), b.size()) << where;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]->text, b[i]->text) << where << "[" << i << "]";
    EXPECT_TRUE(is_interned(b[i].get())) << where << "[" << i << "]";
  }
}

// Every field the compiler fills, compared directly (a bug shared by the serializer's writer
// and reader would survive a bytes-to-bytes comparison; it doesn't survive this one).
void expect_same_code(const Code& a, const Code& b, const std::string& where) {
  const std::string at = where + "/" + a.qualname;
  EXPECT_EQ(a.name, b.name) << at;
  EXPECT_EQ(a.qualname, b.qualname) << at;
  EXPECT_EQ(a.filename, b.filename) << at;
  EXPECT_EQ(a.first_line, b.first_line) << at;
  EXPECT_EQ(a.flags, b.flags) << at;
  EXPECT_EQ(a.argcount, b.argcount) << at;
  EXPECT_EQ(a.posonlyargcount, b.posonlyargcount) << at;
  EXPECT_EQ(a.kwonlyargcount, b.kwonlyargcount) << at;
  expect_same_names(a.varnames, b.varnames, at + " varnames");
  expect_same_names(a.cellvars, b.cellvars, at + " cellvars");
  expect_same_names(a.freevars, b.freevars, at + " freevars");
  expect_same_names(a.names, b.names, at + " names");
  ASSERT_EQ(a.code.size(), b.code.size()) << at;
  for (size_t i = 0; i < a.code.size(); ++i) {
    EXPECT_EQ(a.code[i].op, b.code[i].op) << at << " instruction " << i;
    EXPECT_EQ(a.code[i].arg, b.code[i].arg) << at << " instruction " << i;
  }
  EXPECT_EQ(a.lines, b.lines) << at;
  EXPECT_EQ(a.positions.bytes, b.positions.bytes) << at;
  EXPECT_EQ(a.cell_of_arg, b.cell_of_arg) << at;
  EXPECT_EQ(a.max_stack, b.max_stack) << at;
  ASSERT_EQ(a.consts.size(), b.consts.size()) << at;
  for (size_t i = 0; i < a.consts.size(); ++i) {
    expect_same_value(a.consts[i].get(), b.consts[i].get(), at + " const " + std::to_string(i));
  }
}

void expect_same_value(Object* a, Object* b, const std::string& where) {
  if (!a || !b) {
    EXPECT_EQ(a, b) << where;
    return;
  }
  ASSERT_EQ(a->type, b->type) << where;
  if (a == py::None || a == py::True || a == py::False || a == py::ellipsis_object()) {
    EXPECT_EQ(a, b) << where;
  } else if (a->type == py::int_type) {
    auto* x = py::cast<py::Int>(a);
    auto* y = py::cast<py::Int>(b);
    EXPECT_EQ(x->is_big, y->is_big) << where;
    EXPECT_TRUE(x->to_big() == y->to_big()) << where;
  } else if (a->type == py::float_type) {
    double x = py::cast<py::Float>(a)->value, y = py::cast<py::Float>(b)->value;
    EXPECT_EQ(std::memcmp(&x, &y, sizeof x), 0) << where << ": " << x << " vs " << y;
  } else if (a->type == py::str_type) {
    EXPECT_EQ(py::cast<py::Str>(a)->text, py::cast<py::Str>(b)->text) << where;
    EXPECT_EQ(is_interned(py::cast<py::Str>(a)), is_interned(py::cast<py::Str>(b))) << where;
  } else if (a->type == py::bytes_type()) {
    EXPECT_EQ(py::cast<py::Bytes>(a)->data, py::cast<py::Bytes>(b)->data) << where;
  } else if (a->type == py::tuple_type) {
    auto& x = py::cast<py::Tuple>(a)->items;
    auto& y = py::cast<py::Tuple>(b)->items;
    ASSERT_EQ(x.size(), y.size()) << where;
    for (size_t i = 0; i < x.size(); ++i) expect_same_value(x[i].get(), y[i].get(), where + "[" + std::to_string(i) + "]");
  } else if (a->type == py::code_type) {
    expect_same_code(*py::cast<Code>(a), *py::cast<Code>(b), where);
  } else {
    ADD_FAILURE() << where << ": the test doesn't know constants of type " << a->type->name;
  }
}

// A module with a constant of every kind the compiler makes, and code of every shape.
constexpr const char* kEveryKind = R"py(
"""docstring"""
big = 123456789012345678901234567890
neg = -98765432109876543210987654321
floats = (1.5, 0.1, 1e400, -0.0, 5e-324)
raw = b"\x00\xff bytes"
text = "nul \x00, \u00e9, \U0001f600"
dots = ...
def f(a, /, b=2, *args, c, d=(1, (2, "x")), **kw):
    x = 1
    def inner():
        nonlocal x
        x += a
        return x
    return inner
async def co(items):
    async for i in items:
        await i
    return [j async for j in items]
def gen():
    yield from range(3)
class C:
    """A class."""
    n: int = 0
    def m(self):
        return super().m()
def matcher(v):
    match v:
        case [1, *rest]: return rest
        case {"k": 1, **r}: return r
        case C(n=1) | C(n=2): return 0
        case (1 | 2) as y if y: return y
        case None: return None
        case _: return -1
g = lambda *a, **k: (a, k)
f(1, c=3, d=4)
try:
    pass
except* ValueError as e:
    pass
finally:
    pass
)py";

TEST(CodeSerializer, EveryKindOfConstantRoundTrips) {
  Ref<Code> fresh = compile("kinds.py", kEveryKind);
  ASSERT_TRUE(fresh);
  std::string error;
  std::string bytes = py::serialize_code(*fresh, &error);
  ASSERT_FALSE(bytes.empty()) << error;
  Ref<Code> back = py::deserialize_code(bytes, "kinds.py");
  ASSERT_TRUE(back);
  expect_same_code(*fresh, *back, "kinds.py");
  EXPECT_EQ(py::serialize_code(*back), bytes);
}

TEST(CodeSerializer, FilenameIsTheLoaders) {
  Ref<Code> fresh = compile("a.py", "def f():\n    return lambda: 1\n");
  ASSERT_TRUE(fresh);
  Ref<Code> back = py::deserialize_code(py::serialize_code(*fresh), "<frozen b>");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->filename, "<frozen b>");
  int nested = 0;
  for (const Value& c : back->consts) {
    if (c && c->type == py::code_type) {
      EXPECT_EQ(py::cast<Code>(c.get())->filename, "<frozen b>");
      ++nested;
    }
  }
  EXPECT_EQ(nested, 1);
}

TEST(CodeSerializer, RefusesAConstantItCannotStore) {
  Ref<Code> code = compile("a.py", "x = 1\n");
  ASSERT_TRUE(code);
  code->consts.push_back(py::make_list({py::make_int(1)}));
  std::string error;
  EXPECT_EQ(py::serialize_code(*code, &error), "");
  EXPECT_NE(error.find("list"), std::string::npos) << error;
}

// Every truncation gives null; every byte flipped gives null or some Code, never a crash
// (the ASan preset is where this test earns its keep).
TEST(CodeSerializer, MalformedBytesNeverCrash) {
  Ref<Code> fresh = compile("kinds.py", kEveryKind);
  ASSERT_TRUE(fresh);
  std::string bytes = py::serialize_code(*fresh);
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(py::deserialize_code(std::string_view(bytes).substr(0, n), "t.py")) << "truncated to " << n;
  }
  EXPECT_FALSE(py::deserialize_code(bytes + "x", "t.py")) << "trailing byte";
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (unsigned char flip : {0x01, 0x80, 0xff}) {
      std::string bad = bytes;
      bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ flip);
      (void)py::deserialize_code(bad, "t.py");
    }
  }
  EXPECT_FALSE(py::deserialize_code(std::string(40, '\xff'), "t.py"));
}

std::string frozen_filename(const py::FrozenModule& m) { return std::string("<frozen ") + m.name + ">"; }

// The build's blob is what this binary's compiler makes of the embedded sources: when a
// library module or the compiler changes and the blob isn't regenerated, this fails.
TEST(PrecompiledLibrary, EveryModuleMatchesAFreshCompile) {
  py::init_core_types();
  const py::PrecompiledLibrary& library = py::precompiled_library();
  EXPECT_EQ(library.format, py::code_format_fingerprint());
  ASSERT_GT(py::kFrozenModuleCount, 0u);
  for (size_t i = 0; i < py::kFrozenModuleCount; ++i) {
    const py::FrozenModule& frozen = py::kFrozenModules[i];
    SCOPED_TRACE(frozen.name);
    std::string filename = frozen_filename(frozen);
    Ref<Code> fresh = compile(filename, frozen.source);
    if (!fresh) continue;
    Ref<Code> loaded = py::load_precompiled_code(frozen, filename);
    ASSERT_TRUE(loaded) << "no usable precompiled code";
    const py::PrecompiledModule* entry = py::find_precompiled_module(library, frozen);
    ASSERT_TRUE(entry);
    EXPECT_TRUE(py::serialize_code(*fresh) == std::string(entry->bytes, entry->size))
        << "the precompiled bytes differ from what the compiler makes of the source now";
    Ref<Code> back = py::deserialize_code(py::serialize_code(*fresh), filename);
    ASSERT_TRUE(back);
    expect_same_code(*fresh, *back, frozen.name);
  }
  EXPECT_EQ(library.count, py::kFrozenModuleCount);
}

TEST(PrecompiledLibrary, AnUntrustworthyEntryIsRefused) {
  py::init_core_types();
  const py::PrecompiledLibrary& library = py::precompiled_library();
  ASSERT_GT(library.count, 0u);
  const py::PrecompiledModule& m = library.modules[0];
  const py::FrozenModule* frozen = py::find_frozen_module(m.name);
  ASSERT_TRUE(frozen);
  EXPECT_EQ(py::find_precompiled_module(library, *frozen), &m);

  // The source changed since the blob was written.
  std::string edited = std::string(frozen->source) + "\n# edited\n";
  py::FrozenModule changed{frozen->name, edited.c_str()};
  EXPECT_EQ(py::find_precompiled_module(library, changed), nullptr);

  // Written under another format (layout or opcode table).
  py::PrecompiledLibrary other = library;
  other.format ^= 1;
  EXPECT_EQ(py::find_precompiled_module(other, *frozen), nullptr);

  // Not in the blob at all.
  py::FrozenModule unknown{"no_such_module", ""};
  EXPECT_EQ(py::find_precompiled_module(library, unknown), nullptr);
}

}  // namespace
