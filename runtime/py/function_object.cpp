// Functions (Python and built-in), bound methods, code objects, cells and modules.
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

Code::Code() : Object(code_type) {}

Function::Function(Ref<Code> c, Ref<Dict> g) : Object(function_type), code(std::move(c)), globals(std::move(g)) {
  if (!code->name_str) {
    code->name_str = make_str(code->name);
    code->qualname_str = make_str(code->qualname);
  }
  name = code->name_str;
  qualname = code->qualname_str;
}

BuiltinFunction::BuiltinFunction(const char* n, NativeFn f, Value s)
    : Object(builtin_function_type), fname(n), fn(f), self(std::move(s)) {}

Method::Method(Value f, Value s) : Object(method_type), func(std::move(f)), self(std::move(s)) {}

namespace {
// Freed bound methods, per thread, linked through their first word (at most kKeptMethods;
// none under ASan, so it sees every method's lifetime).
#if defined(__SANITIZE_ADDRESS__)
constexpr int kKeptMethods = 0;
#else
constexpr int kKeptMethods = 64;
#endif
thread_local void* t_free_methods = nullptr;
thread_local int t_kept_methods = 0;
thread_local bool t_methods_armed = false;  // the cleanup below is registered for this thread
thread_local bool t_methods_gone = false;   // the thread is exiting: free, don't keep
struct FreeMethodsCleanup {
  void arm() {}
  ~FreeMethodsCleanup() {
    t_methods_gone = true;
    while (void* p = t_free_methods) {
      t_free_methods = *static_cast<void**>(p);
      ::operator delete(p);
    }
  }
};
thread_local FreeMethodsCleanup t_methods_cleanup;
}  // namespace

void* Method::operator new(size_t size) {
  if (size == sizeof(Method) && t_free_methods) {
    void* p = t_free_methods;
    t_free_methods = *static_cast<void**>(p);
    --t_kept_methods;
    return p;
  }
  return ::operator new(size);
}

void Method::operator delete(void* p, size_t size) {
  if (size != sizeof(Method) || t_methods_gone || t_kept_methods >= kKeptMethods) {
    ::operator delete(p);
    return;
  }
  if (!t_methods_armed) {
    t_methods_armed = true;
    t_methods_cleanup.arm();  // constructs it, so its destructor runs when the thread exits
  }
  *static_cast<void**>(p) = t_free_methods;
  t_free_methods = p;
  ++t_kept_methods;
}

Module::Module(Ref<Str> n) : Object(module_type), name(std::move(n)), dict(make_dict()) {
  dict_set_str(dict.get(), "__name__", name.get());
}

namespace {

std::string address_of(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

Value function_repr(Thread&, Object* o) {
  return make_str("<function " + cast<Function>(o)->qualname->text + " at " + address_of(o) + ">");
}
Value function_getattr(Thread& t, Object* o, Str* name) {
  auto* f = cast<Function>(o);
  if (name->text == "__name__") return f->name;
  if (name->text == "__qualname__") return f->qualname;
  if (f->dict) {  // assigned attributes first: functools.wraps sets __doc__ and __module__
    if (Object* v = dict_get_str(f->dict.get(), name)) return Value::borrow(v);
  }
  if (name->text == "__module__") {
    Object* m = dict_get_str(f->globals.get(), intern("__name__").get());
    return m ? Value::borrow(m) : none();
  }
  if (name->text == "__doc__") return f->code->consts.empty() ? none() : f->code->consts[0];
  if (name->text == "__dict__") {
    if (!f->dict) f->dict = make_dict();
    return f->dict;
  }
  if (name->text == "__annotations__") {  // a def without annotations: an empty dict, kept
    if (!f->dict) f->dict = make_dict();
    auto ann = make_dict();
    if (!dict_set(t, f->dict.get(), name, ann.get())) return nullptr;
    return ann;
  }
  return generic_getattr(t, o, name);
}
bool function_setattr(Thread& t, Object* o, Str* name, Object* value) {
  auto* f = cast<Function>(o);
  if (name->text == "__name__" && value && value->type == str_type) {
    f->name = Ref<Str>::borrow(cast<Str>(value));
    return true;
  }
  if (name->text == "__qualname__" && value && value->type == str_type) {
    f->qualname = Ref<Str>::borrow(cast<Str>(value));
    return true;
  }
  if (!f->dict) f->dict = make_dict();
  if (!value) return dict_del(t, f->dict.get(), name) > 0;
  return dict_set(t, f->dict.get(), name, value);
}

Value builtin_call(Thread& t, Object* o, const CallArgs& args) {
  auto* b = cast<BuiltinFunction>(o);
  if (b->is_method && !b->self) {
    // Called through the type (`list.append(xs, 1)`): the first argument is self.
    if (args.nargs == 0) return t.raise(exc::TypeError, std::string("descriptor '") + b->fname + "' needs an argument");
    if (b->owner && !isinstance(args.arg(0), b->owner)) {
      // CPython words it one way for the dunders (slot wrappers), another for plain methods.
      std::string what = std::string("descriptor '") + b->fname + "' ";
      if (std::string_view(b->fname).substr(0, 2) == "__") {
        what += "requires a '" + b->owner->name + "' object but received a '" + type_name(args.arg(0)) + "'";
      } else {
        what += "for '" + b->owner->name + "' objects doesn't apply to a '" + type_name(args.arg(0)) + "' object";
      }
      return t.raise(exc::TypeError, what);
    }
    return b->fn(t, args.arg(0), CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  }
  return b->fn(t, b->self.get(), args);
}
Value builtin_repr(Thread&, Object* o) {
  auto* b = cast<BuiltinFunction>(o);
  if (b->self) {
    return make_str("<built-in method " + std::string(b->fname) + " of " + type_name(b->self.get()) +
                    " object at " + address_of(b->self.get()) + ">");
  }
  return make_str("<built-in function " + std::string(b->fname) + ">");
}
Value builtin_getattr(Thread& t, Object* o, Str* name) {
  if (name->text == "__name__" || name->text == "__qualname__") return make_str(cast<BuiltinFunction>(o)->fname);
  return generic_getattr(t, o, name);
}

Value method_call(Thread& t, Object* o, const CallArgs& args) {
  auto* m = cast<Method>(o);
  std::vector<Object*> argv;
  argv.reserve(args.nargs + args.nkw() + 1);
  argv.push_back(m->self.get());
  for (size_t i = 0; i < args.nargs + args.nkw(); ++i) argv.push_back(args.args[i]);
  return call(t, m->func.get(), CallArgs{argv.data(), args.nargs + 1, args.kwnames});
}
Value method_repr(Thread& t, Object* o) {
  auto* m = cast<Method>(o);
  std::string self_repr;
  if (!repr_text(t, m->self.get(), &self_repr)) return nullptr;
  Value qual = getattr(t, m->func.get(), "__qualname__");
  if (!qual) return nullptr;
  return make_str("<bound method " + cast<Str>(qual.get())->text + " of " + self_repr + ">");
}
Value method_getattr(Thread& t, Object* o, Str* name) {
  auto* m = cast<Method>(o);
  if (name->text == "__self__") return m->self;
  if (name->text == "__func__") return m->func;
  return getattr(t, m->func.get(), name);
}

// Bound methods are equal when they bind the same object to equal functions (CPython 3.8+).
Value method_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (a->type != method_type || b->type != method_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::borrow(NotImplemented);
  }
  auto *x = cast<Method>(a), *y = cast<Method>(b);
  int eq = 0;
  if (x->self.get() == y->self.get()) {
    eq = equals(t, x->func.get(), y->func.get());
    if (eq < 0) return nullptr;
  }
  return boolean((eq == 1) == (op == CompareOp::Eq));
}
bool method_hash(Thread& t, Object* o, int64_t* out) {
  auto* m = cast<Method>(o);
  int64_t h;
  if (!hash(t, m->func.get(), &h)) return false;
  auto p = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(m->self.get()));
  *out = static_cast<int64_t>(((p >> 4) | (p << 60)) ^ static_cast<uint64_t>(h));
  if (*out == -1) *out = -2;
  return true;
}

Value module_repr(Thread&, Object* o) {
  auto* m = cast<Module>(o);
  return make_str("<module '" + m->name->text + "' (built-in)>");
}
Value module_getattr(Thread& t, Object* o, Str* name) {
  auto* m = cast<Module>(o);
  if (Object* v = dict_get_str(m->dict.get(), name)) return Value::borrow(v);
  if (name->text == "__dict__") return m->dict;
  return t.raise(exc::AttributeError, "module '" + m->name->text + "' has no attribute '" + name->text + "'");
}
bool module_setattr(Thread& t, Object* o, Str* name, Object* value) {
  auto* m = cast<Module>(o);
  if (!value) return dict_del(t, m->dict.get(), name) > 0;
  return dict_set(t, m->dict.get(), name, value);
}

Value cell_repr(Thread&, Object* o) { return make_str("<cell at " + address_of(o) + ">"); }
Value code_repr(Thread&, Object* o) {
  auto* c = cast<Code>(o);
  return make_str("<code object " + c->name + " at " + address_of(o) + ", file \"" + c->filename + "\", line " +
                  std::to_string(c->first_line) + ">");
}

}  // namespace

void init_function_types() {
  function_type->repr = function_repr;
  function_type->call = call_function;
  function_type->getattr = function_getattr;
  function_type->setattr = function_setattr;
  builtin_function_type->repr = builtin_repr;
  builtin_function_type->call = builtin_call;
  builtin_function_type->getattr = builtin_getattr;
  method_type->call = method_call;
  method_type->repr = method_repr;
  method_type->getattr = method_getattr;
  method_type->compare = method_compare;
  method_type->hash = method_hash;
  module_type->repr = module_repr;
  module_type->getattr = module_getattr;
  module_type->setattr = module_setattr;
  cell_type->repr = cell_repr;
  code_type->repr = code_repr;
}

}  // namespace py
