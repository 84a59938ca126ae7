#include "py/vm.hpp"

#include "py/memory_cap.hpp"

#include <algorithm>
#if defined(__EMSCRIPTEN__)
#include <emscripten/stack.h>
#elif defined(__GLIBC__)
#include <pthread.h>
#endif

#include "py/abstract.hpp"
#include "py/lazy_builtins.hpp"
#include "py/format_spec.hpp"
#include "py/imports.hpp"

namespace py {

int Frame::line() const {
  size_t i = ip == 0 ? 0 : ip - 1;
  return i < code->lines.size() ? code->lines[i] : code->first_line;
}

Object* current_handled(Thread& t) {
  for (Frame* f = t.frame; f; f = f->back) {
    if (!f->handled.empty()) return f->handled.back().get();
  }
  return nullptr;
}

namespace {

// Binds call arguments to the new frame's parameters, with CPython's error messages.
bool bind_arguments(Thread& t, Function* func, Frame* f, const CallArgs& args) {
  Code& c = *func->code;
  const std::string& fname = func->qualname ? func->qualname->text : c.name;
  size_t npos = static_cast<size_t>(c.argcount);
  size_t nkwonly = static_cast<size_t>(c.kwonlyargcount);
  size_t given = args.nargs;
  bool varargs = c.flags & kVarArgs, varkw = c.flags & kVarKeywords;
  size_t var_index = npos + nkwonly;
  size_t kw_index = var_index + (varargs ? 1 : 0);

  for (size_t i = 0; i < std::min(given, npos); ++i) f->fast[i] = Value::borrow(args.arg(i));
  if (given > npos) {
    if (!varargs) {
      size_t ndefaults = func->defaults ? func->defaults->items.size() : 0;
      std::string takes = ndefaults ? "from " + std::to_string(npos - ndefaults) + " to " + std::to_string(npos)
                                    : std::to_string(npos);
      t.raise(exc::TypeError, fname + "() takes " + takes + " positional argument" + (npos == 1 && !ndefaults ? "" : "s") +
                                  " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
      return false;
    }
  }
  if (varargs) {
    std::vector<Value> rest;
    for (size_t i = npos; i < given; ++i) rest.push_back(Value::borrow(args.arg(i)));
    f->fast[var_index] = make_tuple(std::move(rest));
  }
  Ref<Dict> extra;
  if (varkw) {
    extra = make_dict();
    f->fast[kw_index] = extra;
  }
  size_t nkw = args.nkw();
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = cast<Str>(args.kwnames->items[k].get());
    size_t slot = SIZE_MAX;
    for (size_t i = static_cast<size_t>(c.posonlyargcount); i < npos + nkwonly; ++i) {
      if (c.varnames[i]->text == name->text) {
        slot = i;
        break;
      }
    }
    if (slot == SIZE_MAX) {
      if (varkw) {
        if (!dict_set(t, extra.get(), name, args.kwvalue(k))) return false;
        continue;
      }
      t.raise(exc::TypeError, fname + "() got an unexpected keyword argument '" + name->text + "'");
      return false;
    }
    if (f->fast[slot]) {
      t.raise(exc::TypeError, fname + "() got multiple values for argument '" + name->text + "'");
      return false;
    }
    f->fast[slot] = Value::borrow(args.kwvalue(k));
  }
  // Defaults, then what is still missing.
  size_t ndefaults = func->defaults ? func->defaults->items.size() : 0;
  std::vector<std::string> missing;
  for (size_t i = 0; i < npos; ++i) {
    if (f->fast[i]) continue;
    if (i >= npos - ndefaults) {
      f->fast[i] = func->defaults->items[i - (npos - ndefaults)];
    } else {
      missing.push_back(c.varnames[i]->text);
    }
  }
  auto report_missing = [&](const char* kind) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      list += "'" + missing[i] + "'";
    }
    t.raise(exc::TypeError, fname + "() missing " + std::to_string(missing.size()) + " required " + kind +
                                " argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
  };
  if (!missing.empty()) {
    report_missing("positional");
    return false;
  }
  for (size_t i = npos; i < npos + nkwonly; ++i) {
    if (f->fast[i]) continue;
    Object* d = func->kwdefaults ? dict_get_str(func->kwdefaults.get(), c.varnames[i].get()) : nullptr;
    if (d) f->fast[i] = Value::borrow(d);
    else missing.push_back(c.varnames[i]->text);
  }
  if (!missing.empty()) {
    report_missing("keyword-only");
    return false;
  }
  return true;
}

}  // namespace

// The new frame's cells: its own (parameters captured by inner functions move into theirs),
// then the function's closure.
static void make_cells(Frame* f, Function* func) {
  Code& c = *func->code;
  size_t ncell = c.cellvars.size();
  for (size_t i = 0; i < ncell; ++i) {
    auto cell = make<Cell>();
    int arg = c.cell_of_arg[i];
    if (arg >= 0) cell->value = std::move(f->fast[arg]);
    f->cells[i] = std::move(cell);
  }
  for (size_t i = 0; i < c.freevars.size(); ++i) {
    f->cells[ncell + i] = Ref<Cell>::borrow(cast<Cell>(func->closure->items[i].get()));
  }
}

// The frame for a call with exactly the function's positional parameters (the common case,
// which needs no binding): the arguments move from the caller's stack into its locals. Null
// when the call needs make_frame's binding (defaults, *args, keywords...).
static Frame* enter_positional(Function* func, Value* argv, size_t nargs) {
  Code& c = *func->code;
  if (nargs != static_cast<size_t>(c.argcount) || c.kwonlyargcount || (c.flags & (kVarArgs | kVarKeywords))) return nullptr;
  Frame* f = Frame::create(&c);
  f->func = Ref<Function>::borrow(func);
  f->globals = func->globals;
  for (size_t i = 0; i < nargs; ++i) f->fast[i] = std::move(argv[i]);
  if (!f->cells.empty()) make_cells(f, func);
  return f;
}

Frame* make_frame(Thread& t, Function* func, const CallArgs& args) {
  Code& c = *func->code;
  Frame* f = Frame::create(&c);
  f->func = Ref<Function>::borrow(func);
  f->globals = func->globals;
  bool simple = (!args.kwnames || args.kwnames->items.empty()) && args.nargs == static_cast<size_t>(c.argcount) &&
                !c.kwonlyargcount && !(c.flags & (kVarArgs | kVarKeywords));
  if (simple) {
    for (size_t i = 0; i < args.nargs; ++i) f->fast[i] = Value::borrow(args.arg(i));
  } else if (!bind_arguments(t, func, f, args)) {
    delete f;
    return nullptr;
  }
  if (!f->cells.empty()) make_cells(f, func);
  return f;
}

Value call_function(Thread& t, Object* callable, const CallArgs& args) {
  auto* func = cast<Function>(callable);
  uint32_t flags = func->code->flags;
  Frame* f = make_frame(t, func, args);
  if (!f) return nullptr;
  if (flags & (kGenerator | kCoroutine)) {
    Type* type = !(flags & kCoroutine) ? generator_type : (flags & kGenerator) ? async_generator_type : coroutine_type;
    auto g = make<Generator>(f, type);
    g->thread = &t;
    g->name = func->name;
    g->qualname = func->qualname;
    return g;
  }
  return run_frame(t, f);
}

Generator::Generator(Frame* f, Type* type) : Object(type), frame(f) {
  f->gen = this;
  if (type == coroutine_type) kind = GenKind::Coroutine;
  else if (type == async_generator_type) kind = GenKind::AsyncGenerator;
}

namespace {

// "generator", "coroutine", "async generator": how CPython's messages name each kind.
const char* kind_word(const Generator* g) {
  return g->kind == GenKind::Generator ? "generator" : g->kind == GenKind::Coroutine ? "coroutine" : "async generator";
}

// The checks before resuming `g`; false with the exception raised.
bool check_resumable(Thread& t, Generator* g, Object* sent) {
  if (g->running) {
    t.raise(exc::ValueError, std::string(kind_word(g)) + " already executing");
    return false;
  }
  if (!g->started && sent && sent != None) {
    t.raise(exc::TypeError, std::string("can't send non-None value to a just-started ") + kind_word(g));
    return false;
  }
  return true;
}

}  // namespace

bool is_coroutine(Object* o) { return o->type == coroutine_type; }
bool is_async_generator(Object* o) { return o->type == async_generator_type; }
bool is_coroutine_function(Object* o) {
  return o->type == function_type && (cast<Function>(o)->code->flags & (kCoroutine | kGenerator)) == kCoroutine;
}

Value generator_resume(Thread& t, Generator* g, Object* sent, bool throwing) {
  if (!g->frame) {
    if (g->kind == GenKind::Coroutine) {
      if (throwing) t.take_exception();
      return t.raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (throwing) return nullptr;
    return none();  // finished: returns None again
  }
  if (!check_resumable(t, g, throwing ? nullptr : sent)) return nullptr;
  g->ag_wrapped = false;
  if (g->started && sent && !throwing) g->frame->stack.push_back(Value::borrow(sent));
  g->started = true;
  g->running = true;
  Ref<Generator> keep = Ref<Generator>::borrow(g);
  return run_frame(t, g->frame, throwing);
}

Value generator_send(Thread& t, Generator* g, Object* value) {
  bool was_finished = g->frame == nullptr;
  Value r = generator_resume(t, g, value, false);
  if (!r) return nullptr;
  if (g->frame) return r;
  std::vector<Value> args;
  if (r.get() != None && !was_finished) args.push_back(r);
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple(std::move(args))));
  return nullptr;
}

Value run_module(Thread& t, Code* code, Dict* globals) {
  Frame* f = Frame::create(code);
  f->globals = Ref<Dict>::borrow(globals);
  f->locals = Ref<Dict>::borrow(globals);
  for (size_t i = 0; i < code->cellvars.size(); ++i) f->cells[i] = make<Cell>();
  return run_frame(t, f);
}

// exec()/eval(): module-level code with separate globals and locals.
Value run_module_with_locals(Thread& t, Code* code, Dict* globals, Dict* locals) {
  Frame* f = Frame::create(code);
  f->globals = Ref<Dict>::borrow(globals);
  f->locals = Ref<Dict>::borrow(locals);
  for (size_t i = 0; i < code->cellvars.size(); ++i) f->cells[i] = make<Cell>();
  return run_frame(t, f);
}

Value run_class_body(Thread& t, Function* func, Dict* ns) {
  Frame* f = Frame::create(func->code.get());
  f->func = Ref<Function>::borrow(func);
  f->globals = func->globals;
  f->locals = Ref<Dict>::borrow(ns);
  Code& c = *func->code;
  for (size_t i = 0; i < c.cellvars.size(); ++i) f->cells[i] = make<Cell>();
  for (size_t i = 0; i < c.freevars.size(); ++i) {
    f->cells[c.cellvars.size() + i] = Ref<Cell>::borrow(cast<Cell>(func->closure->items[i].get()));
  }
  return run_frame(t, f);
}

namespace {

// The global (or builtin) f->code->names[i], through the code's cache; null when the cache
// can't tell (the caller then looks it up with load_global).
inline Object* cached_global(Thread& t, Frame* f, uint32_t i) {
  Code& c = *f->code;
  if (i >= c.global_cache.size()) return nullptr;
  const Code::GlobalCache& g = c.global_cache[i];
  Dict* d = f->globals.get();
  if (g.builtin) {
    if (d != g.globals || d->keys_version != g.globals_version) return nullptr;
    d = t.interp().builtins();
  }
  if (g.entry >= d->entries.size()) return nullptr;
  const Dict::Entry& e = d->entries[g.entry];
  return e.key.get() == c.names[i].get() ? e.value.get() : nullptr;
}

// Looks the global f->code->names[i] up in the globals, then the builtins, and remembers where.
Value load_global(Thread& t, Frame* f, uint32_t i) {
  Code& c = *f->code;
  Str* name = c.names[i].get();
  if (c.global_cache.size() < c.names.size()) c.global_cache.resize(c.names.size());
  Code::GlobalCache& cache = c.global_cache[i];
  Dict* globals = f->globals.get();
  int64_t at = dict_find_str(globals, name);
  if (at >= 0) {
    if (Object* v = globals->entries[static_cast<size_t>(at)].value.get()) {
      cache = {static_cast<uint32_t>(at), false, nullptr, 0};
      return Value::borrow(v);
    }
  }
  Dict* builtins = t.interp().builtins();
  int64_t bat = dict_find_str(builtins, name);
  if (bat >= 0) {
    if (Object* v = builtins->entries[static_cast<size_t>(bat)].value.get()) {
      // Trusting "not a global" needs the key to be absent (not present with no value).
      if (at < 0) cache = {static_cast<uint32_t>(bat), true, globals, globals->keys_version};
      return Value::borrow(v);
    }
  }
  if (Object* v = load_lazy_builtin(t, name)) return Value::borrow(v);
  if (t.has_exception()) return nullptr;
  return t.raise(exc::NameError, "name '" + name->text + "' is not defined");
}

// The commonest arithmetic on exact ints that fit a machine word, and on exact floats, done
// inline (CPython 3.11 specialises the same instructions); null: the generic path decides
// (overflow, subclasses, other operators). `+=` on them is `+`: neither type has __iadd__.
inline Value fast_binary(BinaryOp op, Object* a, Object* b) {
  if (a->type == int_type && b->type == int_type) {
    auto* x = cast<Int>(a);
    auto* y = cast<Int>(b);
    if (x->is_big || y->is_big) return nullptr;
    int64_t r;
    switch (op) {
      case BinaryOp::Add:
        if (__builtin_add_overflow(x->small, y->small, &r)) return nullptr;
        return make_int(r);
      case BinaryOp::Sub:
        if (__builtin_sub_overflow(x->small, y->small, &r)) return nullptr;
        return make_int(r);
      case BinaryOp::Mul:
        if (__builtin_mul_overflow(x->small, y->small, &r)) return nullptr;
        return make_int(r);
      case BinaryOp::And: return make_int(x->small & y->small);
      case BinaryOp::Or: return make_int(x->small | y->small);
      case BinaryOp::Xor: return make_int(x->small ^ y->small);
      default: return nullptr;
    }
  }
  if (a->type == float_type && b->type == float_type) {
    double x = cast<Float>(a)->value, y = cast<Float>(b)->value;
    switch (op) {
      case BinaryOp::Add: return make_float(x + y);
      case BinaryOp::Sub: return make_float(x - y);
      case BinaryOp::Mul: return make_float(x * y);
      default: return nullptr;
    }
  }
  return nullptr;
}

// Comparing two exact ints that fit a machine word: True or False; null otherwise.
inline Object* fast_compare(Object* a, Object* b, CompareOp op) {
  if (a->type != int_type || b->type != int_type) return nullptr;
  auto* x = cast<Int>(a);
  auto* y = cast<Int>(b);
  if (x->is_big || y->is_big) return nullptr;
  bool r;
  switch (op) {
    case CompareOp::Lt: r = x->small < y->small; break;
    case CompareOp::Le: r = x->small <= y->small; break;
    case CompareOp::Eq: r = x->small == y->small; break;
    case CompareOp::Ne: r = x->small != y->small; break;
    case CompareOp::Gt: r = x->small > y->small; break;
    default: r = x->small >= y->small; break;
  }
  return r ? True : False;
}

Value format_value(Thread& t, Object* v, uint32_t conv, Object* spec) {
  Value s;
  switch (conv & 3) {
    case 1: s = str(t, v); break;
    case 2: s = repr(t, v); break;
    case 3: {  // ascii(): the builtin's escaping
      Object* fn = dict_get_str(t.interp().builtins(), intern("ascii").get());
      s = fn ? call1(t, fn, v) : repr(t, v);
      break;
    }
    default: s = Value::borrow(v);
  }
  if (!s) return nullptr;
  if (!spec || cast<Str>(spec)->text.empty()) {
    if (s->type == str_type) return s;
    return str(t, s.get());
  }
  Ref<Str> spec_str = Ref<Str>::borrow(cast<Str>(spec));
  Value method = lookup_attr(t, s.get(), intern("__format__").get());
  if (!method) {
    if (t.has_exception()) return nullptr;
    return t.raise(exc::TypeError, "unsupported format string passed to " + type_name(s.get()) + ".__format__");
  }
  return call1(t, method.get(), spec_str.get());
}

// The items of what an assignment unpacks (a, b = seq), with CPython's message for a non-iterable.
bool collect_to_unpack(Thread& t, Object* seq, std::vector<Value>* items) {
  if (!is_iterable(seq)) {
    t.raise(exc::TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
    return false;
  }
  return collect(t, seq, items);
}

// How CPython names a callable in "f() argument after ** must be a mapping": its qualified
// name with the module ("__main__.A.m()", but "len()"), or "X object" without a __qualname__.
std::string function_str(Thread& t, Object* callable) {
  Value qualname = lookup_attr(t, callable, intern("__qualname__").get());
  if (!qualname || !is_str(qualname.get())) {
    t.take_exception();
    return type_name(callable) + " object";
  }
  Value module = lookup_attr(t, callable, intern("__module__").get());
  if (!module) t.take_exception();
  std::string name = cast<Str>(qualname.get())->text + "()";
  if (module && is_str(module.get()) && cast<Str>(module.get())->text != "builtins") {
    return cast<Str>(module.get())->text + "." + name;
  }
  return name;
}

}  // namespace

#define PUSH(v) f->stack.push(v)
#define POP() f->stack.pop()
#define TOP() f->stack.back()
#define PEEK(n) f->stack.peek(n)

// A frame leaves the chain (returned, raised, or yielded): a generator's frame is kept while it
// is only suspended, and freed (through the generator) once it has finished.
static void leave_frame(Frame* done, bool finished) {
  done->back = nullptr;
  if (Generator* g = done->gen) {
    g->running = false;
    if (finished) {
      g->frame = nullptr;
      delete done;
    }
    return;
  }
  delete done;
}

// PEP 479: StopIteration escaping a generator's frame becomes RuntimeError (and
// StopAsyncIteration escaping an async generator's).
static void stop_iteration_to_runtime_error(Thread& t, Generator* g) {
  bool stop_async = false;
  if (!t.exception_matches(exc::StopIteration)) {
    if (g->kind != GenKind::AsyncGenerator || !t.exception_matches(exc::StopAsyncIteration)) return;
    stop_async = true;
  }
  Ref<BaseException> stop = t.take_exception();
  auto err = make_exception(exc::RuntimeError, std::string(kind_word(g)) + (stop_async ? " raised StopAsyncIteration" : " raised StopIteration"));
  if (!stop->traceback.empty()) err->traceback.push_back(stop->traceback.back());  // the generator's line
  err->cause = stop;
  err->context = stop;
  err->suppress_context = true;
  t.set_exception(err);
}

Value match_pattern(Thread& t, Object* desc, Object* subject, Object* const* values);  // match_pattern.cpp

namespace {
// How much native stack the interpreter may use below the highest point it has seen on this
// thread: the thread's stack size less a margin for the C++ code between two checks.
uintptr_t native_stack_budget() {
  size_t size = size_t{8} << 20;
#if defined(__EMSCRIPTEN__)
  size = emscripten_stack_get_base() - emscripten_stack_get_end();
#elif defined(__GLIBC__)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t got = 0;
    if (pthread_attr_getstack(&attr, &addr, &got) == 0 && got > 0) size = got;
    pthread_attr_destroy(&attr);
  }
#endif
  size_t margin = std::min(size / 4, size_t{1} << 20);
  return size - margin;
}
thread_local uintptr_t t_stack_top = 0;
thread_local uintptr_t t_stack_budget = 0;
}  // namespace

bool native_stack_exhausted() {
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (sp > t_stack_top) t_stack_top = sp;  // stacks grow down (native and wasm alike)
  if (!t_stack_budget) t_stack_budget = native_stack_budget();
  return t_stack_top - sp > t_stack_budget;
}

RecursionGuard::RecursionGuard(Thread& t, const char* where) : t_(t), ok_(true) {
  if (t.depth >= t.interp().recursion_limit || native_stack_exhausted()) {
    ok_ = false;
    t.raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
    return;
  }
  ++t.depth;
}

Value run_frame(Thread& t, Frame* entry, bool throwing) {
  Frame* f = entry;
  if (t.resuming) {  // [threads] a green thread continues where it was suspended (threading_scheduler.cpp)
    t.resuming = false;
    f = t.frame;
    if (t.resume_value) f->stack.back() = std::move(t.resume_value);
  } else {
  entry->is_entry = true;
  entry->back = t.frame;
  if (t.depth >= t.interp().recursion_limit || native_stack_exhausted()) {
    if (entry->gen) {
      entry->gen->running = false;
      entry->back = nullptr;
    } else {
      delete entry;
    }
    return t.raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  ++t.depth;
  t.frame = entry;
  }
  bool add_traceback = true;
  Instr in;
  Value yielded;
  if (throwing) goto error;

  for (;;) {
    in = f->code->code[f->ip++];
    switch (in.op) {
      case Op::NOP:
        continue;
      case Op::POP_TOP:
        f->stack.pop_back();
        continue;
      case Op::DUP_TOP:
        PUSH(TOP());
        continue;
      case Op::DUP_TOP_TWO: {
        Value a = PEEK(2), b = PEEK(1);
        PUSH(a);
        PUSH(b);
        continue;
      }
      case Op::ROT_TWO:
        std::swap(PEEK(1), PEEK(2));
        continue;
      case Op::ROT_THREE: {
        // a b c → c a b
        std::swap(PEEK(1), PEEK(2));
        std::swap(PEEK(2), PEEK(3));
        continue;
      }
      case Op::LOAD_CONST:
        PUSH(f->code->consts[in.arg]);
        continue;
      case Op::LOAD_FAST: {
        Value& v = f->fast[in.arg];
        if (!v) {
          t.raise(exc::UnboundLocalError, "cannot access local variable '" + f->code->varnames[in.arg]->text +
                                              "' where it is not associated with a value");
          goto error;
        }
        PUSH(v);
        continue;
      }
      case Op::STORE_FAST:
        f->fast[in.arg] = POP();
        continue;
      case Op::DELETE_FAST:
        if (!f->fast[in.arg]) {
          t.raise(exc::UnboundLocalError, "cannot access local variable '" + f->code->varnames[in.arg]->text +
                                              "' where it is not associated with a value");
          goto error;
        }
        f->fast[in.arg].reset();
        continue;
      case Op::LOAD_DEREF: {
        Value& v = f->cells[in.arg]->value;
        if (!v) {
          size_t ncell = f->code->cellvars.size();
          const std::string& name = in.arg < ncell ? f->code->cellvars[in.arg]->text : f->code->freevars[in.arg - ncell]->text;
          if (in.arg < ncell) {
            t.raise(exc::UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
          } else {
            t.raise(exc::NameError, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
          }
          goto error;
        }
        PUSH(v);
        continue;
      }
      case Op::STORE_DEREF:
        f->cells[in.arg]->value = POP();
        continue;
      case Op::DELETE_DEREF: {
        Value& v = f->cells[in.arg]->value;
        if (!v) {
          size_t ncell = f->code->cellvars.size();
          const std::string& name = in.arg < ncell ? f->code->cellvars[in.arg]->text : f->code->freevars[in.arg - ncell]->text;
          if (in.arg < ncell) {
            t.raise(exc::UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
          } else {
            t.raise(exc::NameError, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
          }
          goto error;
        }
        v.reset();
        continue;
      }
      case Op::LOAD_CLOSURE:
        PUSH(f->cells[in.arg]);
        continue;
      case Op::LOAD_GLOBAL: {
        if (Object* cached = cached_global(t, f, in.arg)) {
          PUSH(Value::borrow(cached));
          continue;
        }
        Value v = load_global(t, f, in.arg);
        if (!v) goto error;
        PUSH(std::move(v));
        continue;
      }
      case Op::STORE_GLOBAL:
        if (!dict_set(t, f->globals.get(), f->code->names[in.arg].get(), POP().get())) goto error;
        continue;
      case Op::DELETE_GLOBAL: {
        int r = dict_del(t, f->globals.get(), f->code->names[in.arg].get());
        if (r < 0) goto error;
        if (r == 0) {
          t.raise(exc::NameError, "name '" + f->code->names[in.arg]->text + "' is not defined");
          goto error;
        }
        continue;
      }
      case Op::LOAD_NAME: {
        Str* name = f->code->names[in.arg].get();
        if (Object* v = dict_get_str(f->locals.get(), name)) {
          PUSH(Value::borrow(v));
          continue;
        }
        Value v = load_global(t, f, in.arg);
        if (!v) goto error;
        PUSH(std::move(v));
        continue;
      }
      case Op::STORE_NAME:
        if (!dict_set(t, f->locals.get(), f->code->names[in.arg].get(), POP().get())) goto error;
        continue;
      case Op::DELETE_NAME: {
        int r = dict_del(t, f->locals.get(), f->code->names[in.arg].get());
        if (r < 0) goto error;
        if (r == 0) {
          t.raise(exc::NameError, "name '" + f->code->names[in.arg]->text + "' is not defined");
          goto error;
        }
        continue;
      }
      case Op::LOAD_ATTR: {
        Value obj = POP();
        Value v = getattr(t, obj.get(), f->code->names[in.arg].get());
        if (!v) goto error;
        PUSH(std::move(v));
        continue;
      }
      case Op::STORE_ATTR: {
        Value obj = POP(), value = POP();
        if (!setattr(t, obj.get(), f->code->names[in.arg].get(), value.get())) goto error;
        continue;
      }
      case Op::DELETE_ATTR: {
        Value obj = POP();
        if (!setattr(t, obj.get(), f->code->names[in.arg].get(), nullptr)) goto error;
        continue;
      }
      case Op::BINARY_OP:
      case Op::INPLACE_OP: {
        auto op = static_cast<BinaryOp>(in.arg);
        if (Value r = fast_binary(op, PEEK(2).get(), PEEK(1).get())) {
          f->stack.drop();
          PEEK(1) = std::move(r);
          continue;
        }
        Value b = POP(), a = POP();
        // --- perf-objects: `s += t` appends in place (CPython's unicode_concatenate) ---
        // When the next instruction stores back into the local that holds `s`, and that local
        // and `a` are its only references, no one else can see `s` change.
        if (in.op == Op::INPLACE_OP && op == BinaryOp::Add && a->type == str_type && b->type == str_type &&
            a->refcnt == 2 && f->code->code[f->ip].op == Op::STORE_FAST &&
            f->fast[f->code->code[f->ip].arg].get() == a.get()) {
          if (!str_append_in_place(t, cast<Str>(a.get()), cast<Str>(b.get()))) goto error;
          PUSH(std::move(a));
          continue;
        }
        // --- end perf-objects ---
        Value r = in.op == Op::BINARY_OP ? binary_op(t, op, a.get(), b.get()) : inplace_op(t, op, a.get(), b.get());
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::UNARY_NEGATIVE:
      case Op::UNARY_POSITIVE:
      case Op::UNARY_INVERT: {
        Value v = POP();
        Value r = in.op == Op::UNARY_NEGATIVE ? negative(t, v.get())
                  : in.op == Op::UNARY_POSITIVE ? positive(t, v.get())
                                                : invert(t, v.get());
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::UNARY_NOT: {
        Value v = POP();
        int b = truth(t, v.get());
        if (b < 0) goto error;
        PUSH(boolean(!b));
        continue;
      }
      case Op::COMPARE_OP: {
        if (Object* r = fast_compare(PEEK(2).get(), PEEK(1).get(), static_cast<CompareOp>(in.arg))) {
          f->stack.drop();
          PEEK(1) = Value::borrow(r);
          continue;
        }
        Value b = POP(), a = POP();
        Value r = compare(t, a.get(), b.get(), static_cast<CompareOp>(in.arg));
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::MATCH_PATTERN: {
        Value desc = POP();
        size_t n = in.arg;
        std::vector<Object*> values(n);
        for (size_t i = 0; i < n; ++i) values[i] = f->stack[f->stack.size() - n + i].get();
        Object* subject = f->stack[f->stack.size() - n - 1].get();
        Value r = match_pattern(t, desc.get(), subject, values.data());
        f->stack.truncate(f->stack.size() - n - 1);
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::IS_OP: {
        Value b = POP(), a = POP();
        PUSH(boolean((a.get() == b.get()) != (in.arg == 1)));
        continue;
      }
      case Op::CONTAINS_OP: {
        Value container = POP(), item = POP();
        int r = contains(t, container.get(), item.get());
        if (r < 0) goto error;
        PUSH(boolean((r == 1) != (in.arg == 1)));
        continue;
      }
      case Op::BINARY_SUBSCR: {
        Value key = POP(), obj = POP();
        Value r = getitem(t, obj.get(), key.get());
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::STORE_SUBSCR: {
        Value key = POP(), obj = POP(), value = POP();
        if (!setitem(t, obj.get(), key.get(), value.get())) goto error;
        continue;
      }
      case Op::DELETE_SUBSCR: {
        Value key = POP(), obj = POP();
        if (!setitem(t, obj.get(), key.get(), nullptr)) goto error;
        continue;
      }
      case Op::BUILD_SLICE: {
        Value step = in.arg == 3 ? POP() : none();
        Value stop = POP(), start = POP();
        PUSH(make_slice(std::move(start), std::move(stop), std::move(step)));
        continue;
      }
      case Op::BUILD_TUPLE:
      case Op::BUILD_LIST: {
        std::vector<Value> items(std::make_move_iterator(f->stack.top - in.arg), std::make_move_iterator(f->stack.top));
        f->stack.truncate(f->stack.size() - in.arg);
        if (in.op == Op::BUILD_TUPLE) PUSH(make_tuple(std::move(items)));
        else PUSH(make_list(std::move(items)));
        continue;
      }
      case Op::BUILD_MAP: {
        Ref<Dict> d = make_dict();
        size_t base = f->stack.size() - 2 * in.arg;
        for (size_t i = 0; i < in.arg; ++i) {
          if (!dict_set(t, d.get(), f->stack[base + 2 * i].get(), f->stack[base + 2 * i + 1].get())) goto error;
        }
        f->stack.truncate(base);
        PUSH(std::move(d));
        continue;
      }
      case Op::BUILD_STRING: {
        std::string s;
        size_t base = f->stack.size() - in.arg;
        for (size_t i = base; i < f->stack.size(); ++i) s += cast<Str>(f->stack[i].get())->text;
        f->stack.truncate(base);
        PUSH(make_str(std::move(s)));
        continue;
      }
      case Op::LIST_APPEND: {
        Value v = POP();
        cast<List>(PEEK(in.arg).get())->items.push_back(std::move(v));
        continue;
      }
      case Op::LIST_EXTEND: {
        // Bit 31 of the argument: the only argument of a call, f(*x), whose error names f.
        Value iterable = POP();
        if (!is_iterable(iterable.get())) {
          std::string what = in.arg >> 31 ? function_str(t, PEEK(2).get()) + " argument" : "Value";
          t.raise(exc::TypeError, what + " after * must be an iterable, not " + type_name(iterable.get()));
          goto error;
        }
        if (!collect(t, iterable.get(), &cast<List>(PEEK(in.arg & 0x7fffffff).get())->items)) goto error;
        continue;
      }
      case Op::LIST_TO_TUPLE: {
        Value l = POP();
        PUSH(make_tuple(std::move(cast<List>(l.get())->items)));
        continue;
      }
      case Op::MAP_ADD: {
        Value value = POP(), key = POP();
        if (!dict_set(t, cast<Dict>(PEEK(in.arg).get()), key.get(), value.get())) goto error;
        continue;
      }
      case Op::DICT_MERGE: {
        // Bit 31 of the argument: a dict display's {**d}, where later keys simply win.
        bool update = in.arg >> 31;
        Value other = POP();
        if (other->type != dict_type) {
          // A mapping that isn't a dict (has keys()): merged through a dict copy of it.
          Value keys = lookup_attr(t, other.get(), intern("keys").get());
          if (!keys && t.has_exception()) goto error;
          if (keys) {
            other = call1(t, dict_type, other.get());
            if (!other) goto error;
          }
        }
        if (other->type != dict_type) {
          if (update) t.raise(exc::TypeError, "'" + type_name(other.get()) + "' object is not a mapping");
          else t.raise(exc::TypeError, function_str(t, PEEK(in.arg + 2).get()) + " argument after ** must be a mapping, not " + type_name(other.get()));
          goto error;
        }
        Dict* target = cast<Dict>(PEEK(in.arg & 0x7fffffff).get());
        std::vector<Dict::Entry> entries = cast<Dict>(other.get())->entries;
        for (auto& e : entries) {
          if (!e.key) continue;
          if (!update && dict_get(t, target, e.key.get())) {
            std::string k;
            str_text(t, e.key.get(), &k);
            t.raise(exc::TypeError, "got multiple values for keyword argument '" + k + "'");
            goto error;
          }
          if (!dict_set(t, target, e.key.get(), e.value.get())) goto error;
        }
        continue;
      }
      case Op::FORMAT_VALUE: {
        Value spec = (in.arg & 4) ? POP() : nullptr;
        Value v = POP();
        Value r = format_value(t, v.get(), in.arg, spec.get());
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::UNPACK_SEQUENCE: {
        Value seq = POP();
        std::vector<Value> items;
        if (seq->type == tuple_type || seq->type == list_type) {
          items = seq->type == tuple_type ? cast<Tuple>(seq.get())->items : cast<List>(seq.get())->items;
        } else if (!collect_to_unpack(t, seq.get(), &items)) {
          goto error;
        }
        if (items.size() != in.arg) {
          if (items.size() > in.arg) {
            t.raise(exc::ValueError, "too many values to unpack (expected " + std::to_string(in.arg) + ")");
          } else {
            t.raise(exc::ValueError, "not enough values to unpack (expected " + std::to_string(in.arg) + ", got " +
                                         std::to_string(items.size()) + ")");
          }
          goto error;
        }
        for (size_t i = items.size(); i-- > 0;) PUSH(std::move(items[i]));
        continue;
      }
      case Op::JUMP:
        // A backward jump closes a loop iteration: where a runaway loop can be stopped.
        if (in.arg < f->ip && --t.interp().ticks_left <= 0) {
          if (!t.interp().tick(t)) goto error;
          if (t.switch_pending && entry == t.base_frame) {  // [threads] its time slice is over
            f->ip = in.arg;
            goto suspend;
          }
        }
        if (in.arg < f->ip && memory_exhausted(t)) goto error;
        f->ip = in.arg;
        continue;
      case Op::POP_JUMP_IF_FALSE:
      case Op::POP_JUMP_IF_TRUE: {
        Value v = POP();
        int b = v.get() == True ? 1 : v.get() == False ? 0 : truth(t, v.get());
        if (b < 0) goto error;
        if ((b == 1) == (in.op == Op::POP_JUMP_IF_TRUE)) f->ip = in.arg;
        continue;
      }
      case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP: {
        int b = truth(t, TOP().get());
        if (b < 0) goto error;
        if ((b == 1) == (in.op == Op::JUMP_IF_TRUE_OR_POP)) f->ip = in.arg;
        else f->stack.pop_back();
        continue;
      }
      case Op::GET_ITER: {
        Value v = POP();
        Value it = iter(t, v.get());
        if (!it) goto error;
        PUSH(std::move(it));
        continue;
      }
      case Op::FOR_ITER: {
        if (TOP()->type == generator_type) {
          // Resume the generator's frame inline: its yield comes back here as the next item.
          auto* g = cast<Generator>(TOP().get());
          if (!g->frame) {
            f->stack.pop_back();
            f->ip = in.arg;
            continue;
          }
          if (g->running) {
            t.raise(exc::ValueError, "generator already executing");
            goto error;
          }
          if (t.depth >= t.interp().recursion_limit) {
            t.raise(exc::RecursionError, "maximum recursion depth exceeded");
            goto error;
          }
          if (g->started) g->frame->stack.push_back(none());
          g->started = g->running = true;
          Frame* gf = g->frame;
          gf->back = f;
          gf->is_entry = false;
          t.frame = gf;
          ++t.depth;
          f = gf;
          continue;
        }
        Value v = next(t, TOP().get());
        if (!v) {
          if (t.has_exception()) goto error;
          f->stack.pop_back();
          f->ip = in.arg;
          continue;
        }
        PUSH(std::move(v));
        continue;
      }
      case Op::CALL:
      case Op::CALL_KW: {
        Tuple* kwnames = nullptr;
        Value names;
        if (in.op == Op::CALL_KW) {
          names = POP();
          kwnames = cast<Tuple>(names.get());
        }
        size_t total = in.arg;
        size_t nkw = kwnames ? kwnames->items.size() : 0;
        size_t callee = f->stack.size() - total - 1;  // the callable's slot; the arguments follow
        Object* callable = f->stack[callee].get();
        Object* target = callable;
        size_t first = callee + 1, npos = total - nkw;
        Value bound;  // a bound method, while its self stands in its slot (CPython's trick)
        if (callable->type == method_type && cast<Method>(callable)->func->type == function_type) {
          auto* m = cast<Method>(callable);
          target = m->func.get();
          bound = std::move(f->stack[callee]);
          f->stack[callee] = m->self;
          first = callee;
          npos += 1;
        }
        // The arguments are passed in place: the callee reads them from this frame's stack.
        CallArgs args{reinterpret_cast<Object* const*>(&f->stack[first]), npos, kwnames};
        if (target->type == function_type && !(cast<Function>(target)->code->flags & (kGenerator | kCoroutine))) {
          // A Python function: push its frame and keep going in this loop. Calls tick like
          // backward jumps, so runaway recursion without loops is stopped too.
          if (--t.interp().ticks_left <= 0) {
            if (!t.interp().tick(t)) goto error;
            if (t.switch_pending && entry == t.base_frame) {  // [threads] time slice over: redo the call later
              if (in.op == Op::CALL) {
                f->ip -= 1;
                goto suspend;
              }
              t.interp().ticks_left = 1;
            }
          }
          if (t.depth >= t.interp().recursion_limit) {
            t.raise(exc::RecursionError, "maximum recursion depth exceeded");
            goto error;
          }
          auto* fn = cast<Function>(target);
          Frame* nf = nkw == 0 ? enter_positional(fn, &f->stack[first], npos) : nullptr;
          if (!nf) {
            nf = make_frame(t, fn, args);
            if (!nf) goto error;
          }
          f->stack.truncate(callee);
          nf->back = f;
          t.frame = nf;
          ++t.depth;
          f = nf;
          continue;
        }
        Value r = call(t, target, args);
        f->stack.truncate(callee);
        if (!r) goto error;
        PUSH(std::move(r));
        if (t.switch_pending && entry == t.base_frame) goto suspend;  // [threads] it blocked in that call
        continue;
      }
      case Op::CALL_EX: {
        Value kwargs = in.arg & 1 ? POP() : nullptr;
        Value pos = POP();
        Value callable = POP();
        std::vector<Object*> argv;
        Tuple* tup = cast<Tuple>(pos.get());
        for (auto& v : tup->items) argv.push_back(v.get());
        size_t npos = argv.size();
        Ref<Tuple> kwnames;
        if (kwargs && cast<Dict>(kwargs.get())->used) {
          std::vector<Value> names;
          for (auto& e : cast<Dict>(kwargs.get())->entries) {
            if (!e.key) continue;
            if (!is_str(e.key.get())) {
              t.raise(exc::TypeError, "keywords must be strings");
              goto error;
            }
            // A str subclass key names the argument by its text.
            names.push_back(e.key->type == str_type ? e.key : Value(make_str(cast<Str>(e.key.get())->text)));
            argv.push_back(e.value.get());
          }
          kwnames = make_tuple(std::move(names));
        }
        Object* callable_target = nullptr;
        if (t.base_frame) {
          // [threads] In a green thread, f(*args) enters a Python function in this loop, as CALL
          // does, so the thread stays suspendable at its base (threading_scheduler.hpp).
          Object* target = callable.get();
          if (target->type == method_type && cast<Method>(target)->func->type == function_type) {
            argv.insert(argv.begin(), cast<Method>(target)->self.get());
            ++npos;
            target = cast<Method>(target)->func.get();
          }
          if (target->type == function_type && !(cast<Function>(target)->code->flags & (kGenerator | kCoroutine))) {
            if (t.depth >= t.interp().recursion_limit) {
              t.raise(exc::RecursionError, "maximum recursion depth exceeded");
              goto error;
            }
            Frame* nf = make_frame(t, cast<Function>(target), CallArgs{argv.data(), npos, kwnames.get()});
            if (!nf) goto error;
            nf->back = f;
            t.frame = nf;
            ++t.depth;
            f = nf;
            continue;
          }
          if (target != callable.get()) callable_target = target;  // self is in argv now
        }
        Value r = call(t, callable_target ? callable_target : callable.get(), CallArgs{argv.data(), npos, kwnames.get()});
        if (!r) goto error;
        PUSH(std::move(r));
        if (t.switch_pending && entry == t.base_frame) goto suspend;  // [threads] it blocked in that call
        continue;
      }
      case Op::MAKE_FUNCTION: {
        Value code = POP();
        auto func = make<Function>(Ref<Code>::borrow(cast<Code>(code.get())), f->globals);
        if (in.arg & 4) func->closure = Ref<Tuple>::steal(cast<Tuple>(POP().release()));
        if (in.arg & 8) {  // kept in the function's __dict__, where function_getattr finds it
          Value ann = POP();
          func->dict = make_dict();
          dict_set_str(func->dict.get(), "__annotations__", ann.get());
        }
        if (in.arg & 2) func->kwdefaults = Ref<Dict>::steal(cast<Dict>(POP().release()));
        if (in.arg & 1) func->defaults = Ref<Tuple>::steal(cast<Tuple>(POP().release()));
        PUSH(std::move(func));
        continue;
      }
      case Op::RETURN_VALUE: {
        Value r = POP();
        Frame* done = f;
        f = done->back;
        t.frame = f;
        --t.depth;
        bool was_entry = done->is_entry;
        bool was_generator = done->gen != nullptr;
        leave_frame(done, true);
        if (was_entry) return r;
        if (was_generator) {
          // A generator resumed inline finished: end the `for`, or give `yield from` its value.
          const Instr& resumer = f->code->code[f->ip - 1];
          f->stack.pop_back();  // the generator
          if (resumer.op == Op::FOR_ITER) {
            f->ip = resumer.arg;
            continue;
          }
        }
        if (t.base_frame && f->code->code[f->ip - 1].op == Op::SETUP_WITH) {
          // [threads] A Python __enter__ entered inline returned: the with-block starts now.
          f->blocks.push_back({f->code->code[f->ip - 1].arg, static_cast<uint32_t>(f->stack.size()), static_cast<uint32_t>(f->handled.size())});
        }
        PUSH(std::move(r));
        continue;
      }
      case Op::YIELD_VALUE:
        yielded = POP();
        if (in.arg) f->gen->ag_wrapped = true;  // an async generator's `yield`
        goto do_yield;
      case Op::YIELD_FROM: {
        Value sent = POP();
        Object* it = TOP().get();
        if (it->type == coroutine_wrapper_type) {
          // coro.__await__(): delegate to the coroutine itself, resumed inline.
          TOP() = coroutine_wrapper_target(it);
          it = TOP().get();
        }
        if (it->type == generator_type || it->type == coroutine_type) {
          auto* g = cast<Generator>(it);
          if (!g->frame) {
            if (g->kind == GenKind::Coroutine) {
              t.raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
              goto error;
            }
            f->stack.pop_back();
            PUSH(none());
            continue;
          }
          if (!check_resumable(t, g, sent.get())) goto error;
          g->ag_wrapped = false;
          if (t.depth >= t.interp().recursion_limit) {
            t.raise(exc::RecursionError, "maximum recursion depth exceeded");
            goto error;
          }
          if (g->started) g->frame->stack.push_back(std::move(sent));
          g->started = g->running = true;
          Frame* gf = g->frame;
          gf->back = f;
          gf->is_entry = false;
          t.frame = gf;
          ++t.depth;
          f = gf;
          continue;
        }
        // The iterator's own next slot: StopIteration keeps its value (an awaited future's result).
        Value v = sent.get() != None ? call_method(t, it, "send", sent.get())
                  : it->type->next   ? it->type->next(t, it)
                                     : next(t, it);
        if (!v) {
          Value result = none();
          if (t.has_exception()) {
            if (!t.exception_matches(exc::StopIteration)) goto error;
            Ref<BaseException> stop = t.take_exception();
            if (stop->args && !stop->args->items.empty()) result = stop->args->items[0];
          }
          f->stack.pop_back();
          PUSH(std::move(result));
          continue;
        }
        yielded = std::move(v);
        f->ip -= 1;  // resumed, it sends the next value into the same iterator
        goto do_yield;
      }
      case Op::SETUP_WITH: {
        Value mgr = POP();
        Object* enter = mgr->type->lookup("__enter__");
        Object* exit = mgr->type->lookup("__exit__");
        if (!enter || !exit) {
          t.raise(exc::TypeError, "'" + type_name(mgr.get()) + "' object does not support the context manager protocol");
          goto error;
        }
        Value exit_bound = getattr(t, mgr.get(), "__exit__");
        if (!exit_bound) goto error;
        if (t.base_frame && enter->type == function_type && !(cast<Function>(enter)->code->flags & (kGenerator | kCoroutine))) {
          // [threads] In a green thread a Python __enter__ runs in this loop (RETURN_VALUE then
          // opens the with-block), so blocking in it (RLock, Condition) can suspend the thread.
          if (t.depth >= t.interp().recursion_limit) {
            t.raise(exc::RecursionError, "maximum recursion depth exceeded");
            goto error;
          }
          Object* self_arg = mgr.get();
          Frame* nf = make_frame(t, cast<Function>(enter), CallArgs{&self_arg, 1, nullptr});
          if (!nf) goto error;
          PUSH(std::move(exit_bound));
          nf->back = f;
          t.frame = nf;
          ++t.depth;
          f = nf;
          continue;
        }
        Value entered = call_method(t, mgr.get(), "__enter__");
        if (!entered) goto error;
        PUSH(std::move(exit_bound));
        f->blocks.push_back({in.arg, static_cast<uint32_t>(f->stack.size()), static_cast<uint32_t>(f->handled.size())});
        PUSH(std::move(entered));
        if (t.switch_pending && entry == t.base_frame) goto suspend;  // [threads] __enter__ blocked (a lock)
        continue;
      }
      case Op::WITH_EXCEPT: {
        Object* e = TOP().get();
        Object* argv[] = {e->type, e, None};
        Value r = call(t, PEEK(2).get(), CallArgs{argv, 3, nullptr});
        if (!r) goto error;
        PUSH(std::move(r));
        continue;
      }
      case Op::UNPACK_EX: {
        size_t before = in.arg & 0xff, after = in.arg >> 8;
        Value seq = POP();
        std::vector<Value> items;
        if (!collect_to_unpack(t, seq.get(), &items)) goto error;
        if (items.size() < before + after) {
          t.raise(exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                       ", got " + std::to_string(items.size()) + ")");
          goto error;
        }
        for (size_t i = 0; i < after; ++i) PUSH(std::move(items[items.size() - 1 - i]));
        std::vector<Value> middle(std::make_move_iterator(items.begin() + before),
                                  std::make_move_iterator(items.end() - after));
        PUSH(make_list(std::move(middle)));
        for (size_t i = before; i-- > 0;) PUSH(std::move(items[i]));
        continue;
      }
      case Op::BUILD_SET: {
        auto s = make_set();
        uint32_t n = in.arg & 0x7fffffff;
        size_t base = f->stack.size() - n;
        for (size_t i = base; i < f->stack.size(); ++i) {
          if (!set_add(t, s.get(), f->stack[i].get())) goto error;
        }
        f->stack.truncate(base);
        if (in.arg >> 31) {
          // A display of constants: inserted once more in table order, as CPython's folded
          // frozenset constant is (same items, CPython's iteration order).
          std::vector<Value> items;
          for (auto& slot : s->table) {
            if (slot.key) items.push_back(slot.key);
          }
          s = make_set();
          for (auto& v : items) set_add(t, s.get(), v.get());
        }
        PUSH(std::move(s));
        continue;
      }
      case Op::SET_ADD: {
        Value v = POP();
        if (!set_add(t, cast<Set>(PEEK(in.arg).get()), v.get())) goto error;
        continue;
      }
      case Op::SET_UPDATE: {
        Value v = POP();
        if (!set_update(t, cast<Set>(PEEK(in.arg).get()), v.get())) goto error;
        continue;
      }
      case Op::SETUP_EXCEPT:
        f->blocks.push_back({in.arg, static_cast<uint32_t>(f->stack.size()), static_cast<uint32_t>(f->handled.size())});
        continue;
      case Op::POP_BLOCK:
        f->blocks.pop_back();
        continue;
      case Op::CHECK_EXC_MATCH: {
        Value type = POP();
        Object* exc_obj = TOP().get();
        bool match = false;
        auto matches = [&](Object* ty) -> int {
          if (ty->type != type_type || !cast<Type>(ty)->is_subtype(exc::BaseException)) {
            t.raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
          }
          return exc_obj->type->is_subtype(cast<Type>(ty)) ? 1 : 0;
        };
        if (type->type == tuple_type) {
          for (auto& ty : cast<Tuple>(type.get())->items) {
            int m = matches(ty.get());
            if (m < 0) goto error;
            if (m) match = true;
          }
        } else {
          int m = matches(type.get());
          if (m < 0) goto error;
          match = m == 1;
        }
        PUSH(boolean(match));
        continue;
      }
      case Op::POP_EXCEPT:
        f->handled.pop_back();
        continue;
      case Op::RERAISE: {
        Value e = POP();
        f->handled.pop_back();
        t.set_exception(Ref<BaseException>::steal(cast<BaseException>(e.release())));
        add_traceback = false;
        goto error;
      }
      case Op::RAISE: {
        if (in.arg == 0) {
          Object* handled = current_handled(t);
          if (!handled) {
            t.raise(exc::RuntimeError, "No active exception to reraise");
            goto error;
          }
          t.set_exception(Ref<BaseException>::borrow(cast<BaseException>(handled)));
          add_traceback = false;
          goto error;
        }
        Value cause = in.arg == 2 ? POP() : nullptr;
        Value e = POP();
        t.raise_object(e.get());
        if (cause && t.exception()) {
          BaseException* ex = t.exception().get();
          if (cause.get() == None) {
            ex->cause.reset();
          } else if (cause->type == type_type && cast<Type>(cause.get())->is_subtype(exc::BaseException)) {
            ex->cause = call0(t, cause.get());
          } else if (cause->type->is_subtype(exc::BaseException)) {
            ex->cause = cause;
          } else {
            t.raise(exc::TypeError, "exception causes must derive from BaseException");
            goto error;
          }
          ex->suppress_context = true;
        }
        goto error;
      }
      case Op::IMPORT_NAME: {
        Value m = import_module(t, f->code->names[in.arg].get());
        if (!m) goto error;
        PUSH(std::move(m));
        continue;
      }
      case Op::IMPORT_FROM: {
        Str* name = f->code->names[in.arg].get();
        if (name->text == "*") {  // `from m import *` (only at module level: locals are the globals)
          if (!import_star(t, TOP().get(), f->locals ? f->locals.get() : f->globals.get())) goto error;
          PUSH(none());
          continue;
        }
        Value v = lookup_attr(t, TOP().get(), name);
        if (!v) {
          if (!t.has_exception()) {
            t.raise(exc::ImportError, "cannot import name '" + name->text + "' from '" +
                                          cast<Module>(TOP().get())->name->text + "' (unknown location)");
          }
          goto error;
        }
        PUSH(std::move(v));
        continue;
      }
      case Op::LOAD_BUILD_CLASS:
        PUSH(build_class_function());
        continue;
      case Op::GET_AWAITABLE: {
        Value v = POP();
        Value it = get_awaitable(t, v.get(), static_cast<int>(in.arg));
        if (!it) goto error;
        PUSH(std::move(it));
        continue;
      }
      case Op::GET_AITER: {
        Value v = POP();
        Value it = get_aiter(t, v.get());
        if (!it) goto error;
        PUSH(std::move(it));
        continue;
      }
      case Op::GET_ANEXT: {
        Value aw = get_anext_awaitable(t, TOP().get());
        if (!aw) goto error;
        PUSH(std::move(aw));
        continue;
      }
      case Op::END_ASYNC_FOR: {
        // The handler of `async for`'s __anext__ await: StopAsyncIteration ends the loop.
        Value e = POP();
        f->handled.pop_back();
        if (e->type->is_subtype(exc::StopAsyncIteration)) {
          f->stack.pop_back();  // the async iterator
          continue;
        }
        t.set_exception(Ref<BaseException>::steal(cast<BaseException>(e.release())));
        add_traceback = false;
        goto error;
      }
      case Op::BEFORE_ASYNC_WITH: {
        Value mgr = POP();
        Object* enter = mgr->type->lookup("__aenter__");
        if (!enter) {
          t.raise(exc::TypeError, "'" + type_name(mgr.get()) + "' object does not support the asynchronous context manager protocol");
          goto error;
        }
        if (!mgr->type->lookup("__aexit__")) {
          t.raise(exc::TypeError, "'" + type_name(mgr.get()) +
                                      "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
          goto error;
        }
        Value exit_bound = getattr(t, mgr.get(), "__aexit__");
        if (!exit_bound) goto error;
        Value entered = call_method(t, mgr.get(), "__aenter__");
        if (!entered) goto error;
        PUSH(std::move(exit_bound));
        PUSH(std::move(entered));
        continue;
      }
      case Op::SETUP_ASYNC_WITH:
        // After __aenter__()'s await: the handler finds __aexit__ below the exception.
        f->blocks.push_back({in.arg, static_cast<uint32_t>(f->stack.size() - 1), static_cast<uint32_t>(f->handled.size())});
        continue;
      case Op::EG_PREPARE: {
        Value e = TOP();
        PUSH(make_list());
        PUSH(std::move(e));
        continue;
      }
      case Op::EG_MATCH: {
        Value type = POP(), rest = POP();
        Value match, new_rest;
        if (!exception_group_match(t, rest.get(), type.get(), &match, &new_rest)) goto error;
        PUSH(std::move(new_rest));
        if (match.get() == None) {
          f->ip = in.arg;
          continue;
        }
        f->handled.push_back(match);  // the exception being handled in the handler's body
        PUSH(std::move(match));
        continue;
      }
      case Op::EG_COLLECT: {
        Value raised = POP();
        f->handled.pop_back();  // the raised exception
        f->handled.pop_back();  // the match
        cast<List>(PEEK(2).get())->items.push_back(std::move(raised));
        continue;
      }
      case Op::EG_RERAISE: {
        Value rest = POP(), results = POP(), orig = POP();
        f->handled.pop_back();
        auto* list = cast<List>(results.get());
        list->items.push_back(std::move(rest));
        Value left = exception_group_reraise(t, orig.get(), list);
        if (!left) goto error;
        if (left.get() == None) continue;
        t.set_exception(Ref<BaseException>::borrow(cast<BaseException>(left.get())));
        add_traceback = left.get() != orig.get();
        goto error;
      }
      case Op::UNSUPPORTED:
        t.raise(exc::NotImplementedError, cast<Str>(f->code->consts[in.arg].get())->text);
        goto error;
    }
    continue;

  do_yield:
    // The generator frame `f` suspends with `yielded`: back to whoever resumed it.
    for (;;) {
      Frame* done = f;
      f = done->back;
      t.frame = f;
      --t.depth;
      bool was_entry = done->is_entry;
      leave_frame(done, false);
      if (was_entry) return yielded;
      if (f->code->code[f->ip - 1].op == Op::YIELD_FROM) {
        f->ip -= 1;  // a delegate yielded: its delegator yields the same value
        continue;
      }
      PUSH(std::move(yielded));
      break;
    }
    continue;

  suspend:
    // [threads] The green thread hands the GIL over at its base loop; its frames stay on the heap
    // (t.frame) until the scheduler resumes it with run_frame (t.resuming).
    t.switch_pending = false;
    t.suspended = true;
    return nullptr;

  error:
    // Unwind: the innermost handler of this frame, else leave the frame and try its caller.
    for (;;) {
      if (add_traceback && t.exception()) t.exception()->traceback.push_back({f->code, f->line(), static_cast<uint32_t>(f->ip ? f->ip - 1 : 0)});
      add_traceback = true;
      if (!f->blocks.empty() && !t.interp().stopping) {  // a stopped run skips handlers
        Frame::Block b = f->blocks.back();
        f->blocks.pop_back();
        f->stack.truncate(b.stack_level);
        f->handled.resize(b.handled_level);
        Ref<BaseException> exc = t.take_exception();
        f->handled.push_back(exc);
        PUSH(std::move(exc));
        f->ip = b.handler;
        break;
      }
      Frame* done = f;
      f = done->back;
      t.frame = f;
      --t.depth;
      bool was_entry = done->is_entry;
      if (done->gen) stop_iteration_to_runtime_error(t, done->gen);
      leave_frame(done, true);
      if (was_entry) return nullptr;
    }
  }
}

}  // namespace py
