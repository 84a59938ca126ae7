// Built-in modules and `import`: each module is built on first import into sys.modules.
#include <cmath>

#include "py/frame_objects.hpp"
#include "py/abstract.hpp"
#include "py/float_repr.hpp"
#include "py/frozen_modules.hpp"
#include "py/imports.hpp"
#include "py/library_modules.hpp"
#include "py/vm.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/objects.hpp"
#include "py/random_core.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

void def(Module* m, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  dict_set_str(m->dict.get(), name, f.get());
}
void set(Module* m, const char* name, Value v) { dict_set_str(m->dict.get(), name, v.get()); }

// --- sys -------------------------------------------------------------------------------------------
struct StreamWriter : Object {
  bool is_stderr;
  StreamWriter(Type* t, bool err) : Object(t), is_stderr(err) {}
};
Type* stream_type = nullptr;

Value stream_write(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1 || a.arg(0)->type != str_type) {
    return t.raise(exc::TypeError, "write() argument must be str, not " + (a.nargs ? type_name(a.arg(0)) : std::string("nothing")));
  }
  auto* s = cast<StreamWriter>(self);
  if (s->is_stderr) t.interp().write_stderr(cast<Str>(a.arg(0))->text);
  else t.interp().write_stdout(cast<Str>(a.arg(0))->text);
  return make_int(cast<Str>(a.arg(0))->length);
}
Value stream_flush(Thread&, Object*, const CallArgs&) { return none(); }

Value sys_exit(Thread& t, Object*, const CallArgs& a) {
  std::vector<Value> args;
  if (a.nargs > 0) args.push_back(Value::borrow(a.arg(0)));
  t.set_exception(make<BaseException>(exc::SystemExit, make_tuple(std::move(args))));
  return nullptr;
}
Value sys_getrecursionlimit(Thread& t, Object*, const CallArgs&) { return make_int(t.interp().recursion_limit); }
Value sys_setrecursionlimit(Thread& t, Object*, const CallArgs& a) {
  int64_t n;
  if (a.nargs != 1 || !as_index(t, a.arg(0), &n)) return nullptr;
  if (n < 1) return t.raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  t.interp().recursion_limit = static_cast<int>(std::min<int64_t>(n, 100000));
  return none();
}

// --- math ------------------------------------------------------------------------------------------
bool arg_double(Thread& t, const CallArgs& a, size_t i, double* out) {
  if (i >= a.nargs) {
    t.raise(exc::TypeError, "missing argument");
    return false;
  }
  return real_as_double(t, a.arg(i), out);
}

template <double (*F)(double)>
Value math_unary(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!arg_double(t, a, 0, &x)) return nullptr;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return t.raise(exc::ValueError, "math domain error");
  return make_float(r);
}
double d_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double d_exp(double x) { return std::exp(x); }
double d_sin(double x) { return std::sin(x); }
double d_cos(double x) { return std::cos(x); }
double d_tan(double x) { return std::tan(x); }
double d_fabs(double x) { return std::fabs(x); }
double d_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
double d_log2(double x) { return x <= 0 ? NAN : std::log2(x); }

Value math_log(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!arg_double(t, a, 0, &x)) return nullptr;
  if (x <= 0) return t.raise(exc::ValueError, "math domain error");
  double r = std::log(x);
  if (a.nargs > 1) {
    double b;
    if (!arg_double(t, a, 1, &b)) return nullptr;
    if (b <= 0 || b == 1) return t.raise(exc::ValueError, "math domain error");
    r /= std::log(b);
  }
  return make_float(r);
}
Value int_from_double(Thread& t, double d) {
  auto r = BigInt::from_double(d);
  if (!r) return t.raise(std::string_view(r.error().type) == "OverflowError" ? exc::OverflowError : exc::ValueError, r.error().message);
  return make_int(std::move(*r));
}
// math.floor / ceil / trunc: an exact float directly, else the argument's __floor__ / __ceil__ /
// __trunc__ (ints, subclasses, user classes); floor and ceil then fall back to float(x).
template <double (*Round)(double), const char* Dunder, bool NeedsDunder>
Value math_rounding(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs == 1 && !a.nkw() && a.arg(0)->type != float_type) {
    if (a.arg(0)->type->lookup(Dunder)) return call_method(t, a.arg(0), Dunder);
    if (NeedsDunder) return t.raise(exc::TypeError, "type " + type_name(a.arg(0)) + " doesn't define " + Dunder + " method");
  }
  double x;
  if (!arg_double(t, a, 0, &x)) return nullptr;
  return int_from_double(t, Round(x));
}
double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }
double d_trunc(double x) { return std::trunc(x); }
constexpr char kFloor[] = "__floor__", kCeil[] = "__ceil__", kTrunc[] = "__trunc__";
Value math_pow(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!arg_double(t, a, 0, &x) || !arg_double(t, a, 1, &y)) return nullptr;
  auto r = float_pow(x, y);
  if (!r) return t.raise(exc::ValueError, "math domain error");
  return make_float(*r);
}
Value math_factorial(Thread& t, Object*, const CallArgs& a) {
  int64_t n;
  if (a.nargs != 1) return t.raise(exc::TypeError, "factorial() takes exactly one argument");
  if (!is_int(a.arg(0))) return t.raise(exc::TypeError, "'" + type_name(a.arg(0)) + "' object cannot be interpreted as an integer");
  if (!as_index(t, a.arg(0), &n)) return nullptr;
  if (n < 0) return t.raise(exc::ValueError, "factorial() not defined for negative values");
  BigInt r(1);
  for (int64_t i = 2; i <= n; ++i) r *= BigInt(i);
  return make_int(std::move(r));
}
Value math_gcd(Thread& t, Object*, const CallArgs& a) {
  BigInt g(0);
  for (size_t i = 0; i < a.nargs; ++i) {
    if (!is_int(a.arg(i))) return t.raise(exc::TypeError, "'" + type_name(a.arg(i)) + "' object cannot be interpreted as an integer");
    g = BigInt::gcd(g, cast<Int>(a.arg(i))->to_big());
  }
  return make_int(std::move(g));
}
Value math_isclose(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!arg_double(t, a, 0, &x) || !arg_double(t, a, 1, &y)) return nullptr;
  double rel = 1e-9, abs_tol = 0.0;
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    Object* v = a.kwvalue(k);
    double d = is_float(v) ? cast<Float>(v)->value : static_cast<double>(cast<Int>(v)->small);
    if (n == "rel_tol") rel = d;
    else if (n == "abs_tol") abs_tol = d;
  }
  if (x == y) return boolean(true);
  double diff = std::fabs(x - y);
  return boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}
Value math_hypot(Thread& t, Object*, const CallArgs& a) {
  double s = 0;
  for (size_t i = 0; i < a.nargs; ++i) {
    double x;
    if (!arg_double(t, a, i, &x)) return nullptr;
    s = std::hypot(s, x);
  }
  return make_float(s);
}

// --- _random (CPython's Mersenne Twister: random.seed(n) gives CPython's numbers; lib/random.py
// adds the distributions written over it) -------------------------------------------------------
Random& rng(Thread& t) { return t.interp().random(); }
Value raise_num(Thread& t, const NumError& e) {
  std::string_view n = e.type;
  return t.raise(n == "IndexError" ? exc::IndexError : n == "TypeError" ? exc::TypeError : exc::ValueError, e.message);
}
Value random_seed(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs == 0 || a.arg(0) == None) rng(t).seed();
  else if (is_int(a.arg(0))) {
    Int* i = cast<Int>(a.arg(0));
    if (!i->is_big) rng(t).seed(i->small);
    else {
      BigInt m = i->big.abs();
      rng(t).seed_words(m.limbs());
    }
  } else if (a.arg(0)->type == str_type) {
    rng(t).seed_bytes(cast<Str>(a.arg(0))->text);
  } else {
    return t.raise(exc::TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  return none();
}
Value random_random(Thread& t, Object*, const CallArgs&) { return make_float(rng(t).random()); }
// _getrandbits32(k), 0 <= k <= 32: one draw of the generator, its top k bits (lib/random.py
// builds getrandbits of any width from these, in CPython's order).
Value random_getrandbits32(Thread& t, Object*, const CallArgs& a) {
  int64_t k;
  if (a.nargs != 1 || !as_index(t, a.arg(0), &k)) {
    if (!t.has_exception()) t.raise(exc::TypeError, "_getrandbits32() takes exactly 1 argument");
    return nullptr;
  }
  if (k < 0 || k > 32) return t.raise(exc::ValueError, "_getrandbits32() needs 0 <= k <= 32");
  return make_int(static_cast<int64_t>(rng(t).getrandbits64(static_cast<int>(k))));
}
Value random_randint(Thread& t, Object*, const CallArgs& a) {
  int64_t lo, hi;
  if (a.nargs != 2 || !as_index(t, a.arg(0), &lo) || !as_index(t, a.arg(1), &hi)) {
    if (!t.has_exception()) t.raise(exc::TypeError, "randint() takes exactly 2 positional arguments");
    return nullptr;
  }
  auto r = rng(t).randint(lo, hi);
  if (!r) return raise_num(t, r.error());
  return make_int(*r);
}
Value random_randrange(Thread& t, Object*, const CallArgs& a) {
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < a.nargs && i < 3; ++i) {
    if (!as_index(t, a.arg(i), &v[i])) return nullptr;
  }
  auto r = a.nargs == 1 ? rng(t).randrange(v[0]) : rng(t).randrange(v[0], v[1], v[2]);
  if (!r) return raise_num(t, r.error());
  return make_int(*r);
}
Value random_choice(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "choice() takes exactly one argument");
  int64_t n = length(t, a.arg(0));
  if (n < 0) return nullptr;
  auto i = rng(t).choice(n);
  if (!i) return raise_num(t, i.error());
  return getitem(t, a.arg(0), make_int(*i).get());
}
Value random_shuffle(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1 || !is_list(a.arg(0))) return t.raise(exc::TypeError, "shuffle() needs a list");
  rng(t).shuffle(cast<List>(a.arg(0))->items);
  return none();
}
Value random_uniform(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!arg_double(t, a, 0, &x) || !arg_double(t, a, 1, &y)) return nullptr;
  return make_float(rng(t).uniform(x, y));
}
Value random_sample(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 2) return t.raise(exc::TypeError, "sample() takes exactly 2 positional arguments");
  std::vector<Value> pop;
  if (!collect(t, a.arg(0), &pop)) return nullptr;
  int64_t k;
  if (!as_index(t, a.arg(1), &k)) return nullptr;
  auto idx = rng(t).sample(static_cast<int64_t>(pop.size()), k);
  if (!idx) return raise_num(t, idx.error());
  std::vector<Value> out;
  for (int64_t i : *idx) out.push_back(pop[static_cast<size_t>(i)]);
  return make_list(std::move(out));
}

using Builder = void (*)(Module*);
}  // namespace
void add_switch_interval_functions(Module* sys);  // threading_module.cpp
void add_math_functions(Module* math);             // math_module.cpp
namespace {

void build_sys(Module* m) {
  if (!stream_type) {
    stream_type = new Type(type_type, "TextIOWrapper", object_type);
    stream_type->refcnt = kImmortal;
    inherit_slots(stream_type);
    add_method(stream_type, "write", stream_write);
    add_method(stream_type, "flush", stream_flush);
  }
  set(m, "stdout", make<StreamWriter>(stream_type, false));
  set(m, "stderr", make<StreamWriter>(stream_type, true));
  set(m, "__stdout__", Value::borrow(dict_get_str(m->dict.get(), intern("stdout").get())));
  set(m, "__stderr__", Value::borrow(dict_get_str(m->dict.get(), intern("stderr").get())));
  def(m, "exit", sys_exit);
  // The exception being handled: sys.exception() and sys.exc_info().
  def(m, "exception", [](Thread& t, Object*, const CallArgs&) -> Value {
    Object* e = current_handled(t);
    return e ? Value::borrow(e) : none();
  });
  def(m, "exc_info", [](Thread& t, Object*, const CallArgs&) -> Value {
    Object* e = current_handled(t);
    if (!e) return make_tuple({none(), none(), none()});
    return make_tuple({Value::borrow(e->type), Value::borrow(e), traceback_object(cast<BaseException>(e))});
  });
  // _getframe(depth=0): the frame `depth` calls above the caller's (a snapshot: frame_objects.hpp).
  def(m, "_getframe", [](Thread& t, Object*, const CallArgs& a) -> Value {
    int64_t depth = 0;
    if (a.nargs > 1 || (a.nargs == 1 && !as_index(t, a.arg(0), &depth))) return t.raise(exc::TypeError, "_getframe(depth=0)");
    Frame* f = t.frame;
    for (int64_t i = 0; f && i < depth; ++i) f = f->back;
    if (!f || depth < 0) return t.raise(exc::ValueError, "call stack is not deep enough");
    return frame_object(f);
  });
  def(m, "getrecursionlimit", sys_getrecursionlimit);
  def(m, "setrecursionlimit", sys_setrecursionlimit);
  add_switch_interval_functions(m);
  set(m, "version_info", make_tuple({make_int(3), make_int(11), make_int(7), make_str("final"), make_int(0)}));
  set(m, "version", make_str("3.11.7 (Loopscope)"));
  set(m, "platform", make_str("linux"));
  set(m, "maxsize", make_int(INT64_MAX));
}
void build_math(Module* m) {
  set(m, "pi", make_float(M_PI));
  set(m, "e", make_float(M_E));
  set(m, "tau", make_float(2 * M_PI));
  set(m, "inf", make_float(INFINITY));
  set(m, "nan", make_float(NAN));
  def(m, "sqrt", math_unary<d_sqrt>);
  def(m, "exp", math_unary<d_exp>);
  def(m, "sin", math_unary<d_sin>);
  def(m, "cos", math_unary<d_cos>);
  def(m, "tan", math_unary<d_tan>);
  def(m, "fabs", math_unary<d_fabs>);
  def(m, "log10", math_unary<d_log10>);
  def(m, "log2", math_unary<d_log2>);
  def(m, "log", math_log);
  def(m, "floor", math_rounding<d_floor, kFloor, false>);
  def(m, "ceil", math_rounding<d_ceil, kCeil, false>);
  def(m, "trunc", math_rounding<d_trunc, kTrunc, true>);
  def(m, "pow", math_pow);
  def(m, "factorial", math_factorial);
  def(m, "gcd", math_gcd);
  def(m, "isclose", math_isclose);
  def(m, "hypot", math_hypot);
  add_math_functions(m);
}
void build_random(Module* m) {
  def(m, "seed", random_seed);
  def(m, "random", random_random);
  def(m, "_getrandbits32", random_getrandbits32);
  def(m, "randint", random_randint);
  def(m, "randrange", random_randrange);
  def(m, "choice", random_choice);
  def(m, "shuffle", random_shuffle);
  def(m, "uniform", random_uniform);
  def(m, "sample", random_sample);
}

}  // namespace

void build_asyncio_module(Module* m);  // asyncio_module.cpp
void build_thread_module(Module* m);   // threading_module.cpp

namespace {

struct ModuleEntry {
  const char* name;
  Builder build;
};
const ModuleEntry kModules[] = {
    {"time", build_time_module}, {"sys", build_sys}, {"math", build_math}, {"_random", build_random},
    {"itertools", build_itertools_module}, {"json", build_json_module}, {"string", build_string_module},
    {"operator", build_operator_module}, {"os", build_os_module}, {"_sandbox", build_sandbox_module},
    {"_asyncio", build_asyncio_module}, {"_thread", build_thread_module},
    {"_collections", build_collections_native}, {"_heapq", build_heapq_native},
    {"_inspect", build_inspect_native}, {"_multiprocessing", build_multiprocessing_native},
};

// Packages in CPython's library (for the "… is not a package" part of import errors), and any
// frozen a.b.py's `a`.
bool is_package(const std::string& name) {
  static const char* const kPackages[] = {
      "asyncio", "collections", "concurrent", "ctypes", "curses", "dbm", "email", "encodings", "html", "http",
      "importlib", "json", "logging", "multiprocessing", "sqlite3", "tkinter", "unittest", "urllib", "wsgiref",
      "xml", "xmlrpc", "zoneinfo"};
  for (const char* p : kPackages) {
    if (name == p) return true;
  }
  return is_frozen_package(name);
}

}  // namespace

Value import_module(Thread& t, Str* name) {
  Dict* modules = t.modules();
  if (Object* m = dict_get_str(modules, name)) return Value::borrow(m);
  for (const ModuleEntry& e : kModules) {
    if (name->text == e.name) {
      auto m = make<Module>(Ref<Str>::borrow(name));
      e.build(m.get());
      if (name->text == "sys") {
        std::vector<Value> argv;
        for (auto& a : t.interp().argv) argv.push_back(make_str(a));
        dict_set_str(m->dict.get(), "argv", make_list(std::move(argv)).get());
        dict_set_str(m->dict.get(), "modules", modules);
      }
      dict_set_str(modules, name->text, m.get());
      return m;
    }
  }
  // `a.b`: the parent first, as CPython does. Only frozen files named lib/a.b.py exist as submodules.
  size_t dot = name->text.rfind('.');
  Value parent;
  if (dot != std::string::npos) {
    parent = import_module(t, intern(name->text.substr(0, dot)).get());
    if (!parent) return nullptr;
  }
  if (const FrozenModule* frozen = find_frozen_module(name->text)) {
    Value m = import_frozen_module(t, name, *frozen);
    if (m && parent && !setattr(t, parent.get(), intern(name->text.substr(dot + 1)).get(), m.get())) return nullptr;
    return m;
  }
  if (parent) {  // a native module may carry its submodule as an attribute (os.path)
    Value sub = lookup_attr(t, parent.get(), intern(name->text.substr(dot + 1)).get());
    if (!sub && t.has_exception()) return nullptr;
    if (sub && sub->type == module_type) {
      if (!dict_set(t, modules, name, sub.get())) return nullptr;
      return sub;
    }
  }
  std::string message = "No module named '" + name->text + "'";
  if (parent && !is_package(name->text.substr(0, dot))) {
    message += "; '" + name->text.substr(0, dot) + "' is not a package";
  }
  return t.raise(exc::ModuleNotFoundError, message);
}

bool import_star(Thread& t, Object* module, Dict* ns) {
  Value all = lookup_attr(t, module, intern("__all__").get());
  if (!all && t.has_exception()) return false;
  std::string modname = module->type == module_type ? cast<Module>(module)->name->text : type_name(module);
  if (all) {
    std::vector<Value> names;
    if (!collect(t, all.get(), &names)) return false;
    for (auto& n : names) {
      if (n->type != str_type) {
        t.raise(exc::TypeError, "Item in " + modname + ".__all__ must be str, not " + type_name(n.get()));
        return false;
      }
      Value v = getattr(t, module, cast<Str>(n.get()));
      if (!v || !dict_set(t, ns, n.get(), v.get())) return false;
    }
    return true;
  }
  if (module->type != module_type) {
    t.raise(exc::ImportError, "from-import-* object has no __dict__ and no __all__");
    return false;
  }
  // A snapshot: binding into `ns` may be binding into the module's own namespace.
  std::vector<Dict::Entry> entries = cast<Module>(module)->dict->entries;
  for (auto& e : entries) {
    if (!e.key || e.key->type != str_type) continue;
    if (cast<Str>(e.key.get())->text.starts_with("_")) continue;
    if (!dict_set(t, ns, e.key.get(), e.value.get())) return false;
  }
  return true;
}

}  // namespace py
