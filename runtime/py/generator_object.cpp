// The generator type: iteration, send, throw, close; and the throw/close/finalisation logic that
// coroutines and async generators share with it. The frame machinery is in vm.cpp.
#include <cstdio>

#include "py/abstract.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

Generator* G(Object* o) { return cast<Generator>(o); }

const char* kind_word(const Generator* g) {
  return g->kind == GenKind::Generator ? "generator" : g->kind == GenKind::Coroutine ? "coroutine" : "async generator";
}
const char* object_word(const Generator* g) {
  return g->kind == GenKind::Generator ? "generator" : g->kind == GenKind::Coroutine ? "coroutine" : "async_generator";
}

bool is_frame_generator(Object* o) { return o->type == generator_type || o->type == coroutine_type; }

Value gen_iter(Thread&, Object* o) { return Value::borrow(o); }

Value gen_next(Thread& t, Object* o) {
  Generator* g = G(o);
  Value r = generator_resume(t, g, None, false);
  if (!r) return nullptr;
  if (!g->frame) return nullptr;  // returned: exhausted
  return r;
}

std::string object_repr(Generator* g) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(g));
  std::string name = g->qualname ? g->qualname->text : std::string("<genexpr>");
  std::string out = "<";
  out += object_word(g);
  out += " object " + name + " at " + addr + ">";
  return out;
}

Value gen_repr(Thread&, Object* o) { return make_str(object_repr(G(o))); }

// Leaves the pending `yield from` of g's frame (the delegate is done): the frame continues after
// it, with the delegate's result pushed or the pending exception raised there.
Value finish_delegation(Thread& t, Generator* g, Value result) {
  Frame* f = g->frame;
  f->stack.pop_back();
  f->ip += 1;
  if (result) return generator_resume(t, g, result.get(), false);
  return generator_resume(t, g, nullptr, true);
}

// Closes a delegate: a generator or coroutine directly, anything else through its close().
bool close_delegate(Thread& t, Object* d) {
  if (is_frame_generator(d)) return static_cast<bool>(generator_close(t, G(d)));
  Value m = lookup_attr(t, d, intern("close").get());
  if (!m) return !t.has_exception();
  return static_cast<bool>(call0(t, m.get()));
}

Value m_send(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) {
    return t.raise(exc::TypeError, std::string(object_word(G(self))) + ".send() takes exactly one argument (" +
                                       std::to_string(a.nargs) + " given)");
  }
  return generator_send(t, G(self), a.arg(0));
}

Value m_throw(Thread& t, Object* self, const CallArgs& a) {
  Generator* g = G(self);
  if (!set_thrown_exception(t, a, "throw", g)) return nullptr;
  Value r = generator_throw(t, g);
  if (!r) return nullptr;
  if (g->frame) return r;
  std::vector<Value> args;
  if (r.get() != None) args.push_back(r);
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple(std::move(args))));
  return nullptr;
}

Value m_close(Thread& t, Object* self, const CallArgs&) { return generator_close(t, G(self)); }

Value gen_getattr(Thread& t, Object* o, Str* name) {
  Generator* g = G(o);
  const std::string& n = name->text;
  if (n == "__name__" && g->name) return g->name;
  if (n == "__qualname__" && g->qualname) return g->qualname;
  if (n == "gi_running") return boolean(g->running);
  if (n == "gi_suspended") return boolean(g->frame && g->started && !g->running);
  if (n == "gi_frame") return g->frame ? Value(boolean(true)) : none();
  if (n == "gi_yieldfrom") {
    Object* d = generator_delegate(g);
    return d ? Value::borrow(d) : none();
  }
  return generic_getattr(t, o, name);
}

// CPython's "coroutine 'f' was never awaited" RuntimeWarning, at the line running now.
void warn_never_awaited(Thread& t, Generator* g) {
  Interpreter& in = t.interp();
  std::string where = "sys:1";
  std::string source_line;
  if (Frame* f = t.frame) {
    int line = f->line();
    where = in.filename + ":" + std::to_string(line);
    // The source line, stripped, indented by two spaces (as the warnings module shows it).
    const std::string& src = in.main_source;
    size_t pos = 0;
    for (int i = 1; i < line && pos != std::string::npos; ++i) {
      pos = src.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos != std::string::npos && pos < src.size()) {
      size_t end = src.find('\n', pos);
      std::string text = src.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
      size_t b = text.find_first_not_of(" \t");
      size_t e = text.find_last_not_of(" \t\r");
      if (b != std::string::npos) {
        source_line.assign(2, ' ');
        source_line.append(text, b, e - b + 1);
        source_line.push_back('\n');
      }
    }
  }
  in.write_stderr(where + ": RuntimeWarning: coroutine '" + (g->qualname ? g->qualname->text : std::string("?")) +
                  "' was never awaited\n" + source_line +
                  "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

}  // namespace

Object* generator_delegate(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started || g->running) return nullptr;
  if (f->ip < f->code->code.size() && f->code->code[f->ip].op == Op::YIELD_FROM && !f->stack.empty()) {
    return f->stack.back().get();
  }
  return nullptr;
}

bool set_thrown_exception(Thread& t, const CallArgs& a, const char* method, Generator* g) {
  if (a.nargs < 1) {
    t.raise(exc::TypeError, std::string(method) + " expected at least 1 argument, got " + std::to_string(a.nargs));
    return false;
  }
  if (a.nargs > 3) {
    t.raise(exc::TypeError, std::string(method) + " expected at most 3 arguments, got " + std::to_string(a.nargs));
    return false;
  }
  Object* e = a.arg(0);
  Object* v = a.nargs >= 2 && a.arg(1) != None ? a.arg(1) : nullptr;
  bool invalid = false;
  if (e->type == type_type && cast<Type>(e)->is_subtype(exc::BaseException)) {
    if (!v) {
      t.raise_object(e);
    } else if (v->type->is_subtype(cast<Type>(e))) {
      t.raise_object(v);
    } else {
      // A tuple value is the argument list (CPython's PyErr_NormalizeException).
      std::vector<Object*> argv;
      if (v->type == tuple_type) {
        for (auto& item : cast<Tuple>(v)->items) argv.push_back(item.get());
      } else {
        argv.push_back(v);
      }
      Value made = call(t, e, CallArgs{argv.data(), argv.size(), nullptr});
      if (!made) return false;
      t.raise_object(made.get());
    }
  } else if (e->type->is_subtype(exc::BaseException)) {
    if (v) {
      invalid = true;
      t.raise(exc::TypeError, "instance exception may not have a separate value");
    } else {
      t.raise_object(e);
    }
  } else {
    invalid = true;
    t.raise(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " + type_name(e));
  }
  if (!t.has_exception()) return false;
  // CPython checks the arguments where the exception lands (the innermost generator): a bad
  // throw() then raises its TypeError at the await of the generator delegating to it.
  if (invalid) return g && generator_delegate(g);
  return true;
}

// Raises the pending exception inside `g` where it is suspended. Resolves a pending `yield from`
// / `await` first: the exception goes to the delegate (CPython's _gen_throw).
Value generator_throw(Thread& t, Generator* g) {
  if (g->running) {
    t.take_exception();
    return t.raise(exc::ValueError, std::string(kind_word(g)) + " already executing");
  }
  if (!g->frame) return generator_resume(t, g, nullptr, true);
  if (!g->started) {
    // Never started: it finishes at once with the exception.
    delete g->frame;
    g->frame = nullptr;
    return nullptr;
  }
  Object* d = generator_delegate(g);
  if (!d) return generator_resume(t, g, nullptr, true);
  Value keep = Value::borrow(d);
  if (t.exception_matches(exc::GeneratorExit)) {
    // close(): the delegate is closed first, then GeneratorExit is raised here.
    Ref<BaseException> exit = t.take_exception();
    g->running = true;
    bool ok = close_delegate(t, d);
    g->running = false;
    if (ok) t.set_exception(exit);
    return finish_delegation(t, g, nullptr);
  }
  if (is_frame_generator(d)) {
    auto* inner = G(d);
    g->running = true;
    Value r = generator_throw(t, inner);
    g->running = false;
    if (r && inner->frame) return r;  // the delegate yielded: so do we
    return finish_delegation(t, g, std::move(r));  // its return value ends the yield from
  }
  // Any other iterator: its throw() if it has one; else the exception is raised at the await.
  Ref<BaseException> e = t.take_exception();
  Value m = lookup_attr(t, d, intern("throw").get());
  if (!m) {
    if (!t.has_exception()) t.set_exception(e);
    return finish_delegation(t, g, nullptr);
  }
  g->running = true;
  Value r = call1(t, m.get(), e.get());
  g->running = false;
  if (r) return r;
  Value result;
  if (t.exception_matches(exc::StopIteration)) {
    Ref<BaseException> stop = t.take_exception();
    result = stop->args && !stop->args->items.empty() ? stop->args->items[0] : none();
  }
  return finish_delegation(t, g, std::move(result));
}

// The name the asyncio task code uses.
Value generator_throw_pending(Thread& t, Generator* g) { return generator_throw(t, g); }

Value generator_close(Thread& t, Generator* g) {
  if (!g->frame) return none();
  if (g->running) return t.raise(exc::ValueError, std::string(kind_word(g)) + " already executing");
  if (!g->started) {
    delete g->frame;
    g->frame = nullptr;
    return none();
  }
  t.set_exception(make_exception(exc::GeneratorExit, ""));
  Value r = generator_throw(t, g);
  if (r && g->frame) return t.raise(exc::RuntimeError, std::string(kind_word(g)) + " ignored GeneratorExit");
  if (!r) {
    if (t.exception_matches(exc::GeneratorExit) || t.exception_matches(exc::StopIteration)) {
      t.take_exception();
      return none();
    }
    return nullptr;
  }
  return none();
}

// The last reference is gone. A coroutine never started warns (CPython's RuntimeWarning); one
// suspended inside try/finally or with is closed first, so its cleanup runs now, as CPython does
// when the count reaches zero.
Generator::~Generator() {
  if (frame && !started && kind == GenKind::Coroutine && thread) warn_never_awaited(*thread, this);
  AsyncGenHooks* hooks = kind == GenKind::AsyncGenerator && ag_hooks_inited && thread ? asyncgen_hooks(*thread) : nullptr;
  if (hooks && hooks->forget) hooks->forget(*thread, this);
  if (hooks && frame && started && !running && !ag_closed && !ag_finalized) {
    // asyncio's finalizer schedules aclose() on the loop: hand it the frame in a new object.
    if (hooks->finalizer) {
      auto heir = make<Generator>(frame, async_generator_type);
      frame = nullptr;
      heir->name = name;
      heir->qualname = qualname;
      heir->started = true;
      heir->thread = thread;
      heir->ag_hooks_inited = true;
      heir->ag_finalized = true;
      Thread& t = *thread;
      Ref<BaseException> saved = t.take_exception();
      hooks->finalizer(t, heir.get());
      if (t.has_exception()) t.take_exception();
      if (saved) t.set_exception(saved);
      return;
    }
  }
  if (frame && started && !running && thread && !frame->blocks.empty()) {
    Thread& t = *thread;
    refcnt = 1;  // alive again while close() runs
    Ref<BaseException> saved = t.take_exception();
    Value r = generator_close(t, this);
    if (!r && t.has_exception()) {
      Ref<BaseException> e = t.take_exception();
      std::string msg;
      Value s = str(t, e.get());
      if (s) msg = cast<Str>(s.get())->text;
      else t.take_exception();
      std::string text = "Exception ignored in: ";
      text += object_repr(this) + "\n" + e->type->name;
      if (!msg.empty()) text += ": " + msg;
      t.interp().write_stderr(text + "\n");
    }
    if (saved) t.set_exception(saved);
    refcnt = 0;
  }
  delete frame;
}

// What every kind shares (coroutines add theirs in coroutine_object.cpp); async generators
// have no send/throw/close of their own (`methods` false).
void init_frame_generator_type(Type* ty, bool methods) {
  ty->repr = gen_repr;
  ty->getattr = gen_getattr;
  if (!methods) return;
  add_method(ty, "send", m_send);
  add_method(ty, "throw", m_throw);
  add_method(ty, "close", m_close);
}

void init_generator_type() {
  Type* ty = generator_type;
  init_frame_generator_type(ty, true);
  ty->iter = gen_iter;
  ty->next = gen_next;
  add_method(ty, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value {
    return generator_send(t, G(self), None);
  });
}

}  // namespace py
