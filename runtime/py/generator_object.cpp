// The generator type: iteration, send, throw, close. The frame machinery is in vm.cpp.
#include <cstdio>

#include "py/abstract.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

Generator* G(Object* o) { return cast<Generator>(o); }

Value gen_iter(Thread&, Object* o) { return Value::borrow(o); }

Value gen_next(Thread& t, Object* o) {
  Generator* g = G(o);
  Value r = generator_resume(t, g, None, false);
  if (!r) return nullptr;
  if (!g->frame) return nullptr;  // returned: exhausted
  return r;
}

Value gen_repr(Thread&, Object* o) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(o));
  Generator* g = G(o);
  return make_str("<generator object " + (g->qualname ? g->qualname->text : std::string("<genexpr>")) + " at " + addr + ">");
}

// Raises `exc` (an exception class or instance) inside g where it is suspended. Resolves a
// pending `yield from` first: the exception goes to the delegate generator.
Value gen_throw_pending(Thread& t, Generator* g) {
  if (!g->frame) return nullptr;
  if (!g->started) {
    // Never started: it finishes at once with the exception.
    delete g->frame;
    g->frame = nullptr;
    return nullptr;
  }
  Frame* f = g->frame;
  if (f->ip < f->code->code.size() && f->code->code[f->ip].op == Op::YIELD_FROM && !f->stack.empty()) {
    Value delegate = f->stack.back();
    if (delegate->type == generator_type) {
      auto* inner = G(delegate.get());
      Value r = gen_throw_pending(t, inner);
      if (r && inner->frame) return r;  // the delegate yielded: so do we
      f->stack.pop_back();
      f->ip += 1;
      if (r) return generator_resume(t, g, r.get(), false);  // its return value ends the yield from
      return generator_resume(t, g, nullptr, true);
    }
    f->stack.pop_back();
    f->ip += 1;
  }
  return generator_resume(t, g, nullptr, true);
}

Value m_send(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "generator.send() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  return generator_send(t, G(self), a.arg(0));
}

Value m_throw(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 1 || a.nargs > 3) return t.raise(exc::TypeError, "throw expected at least 1 argument, got " + std::to_string(a.nargs));
  Object* e = a.arg(0);
  if (a.nargs >= 2 && a.arg(1) != None && e->type == type_type) {
    // throw(type, value): an instance of `type` made from `value`.
    Value made = call1(t, e, a.arg(1));
    if (!made) return nullptr;
    t.raise_object(made.get());
  } else {
    t.raise_object(e);
  }
  if (!t.has_exception()) return nullptr;
  Generator* g = G(self);
  if (!g->frame) return nullptr;
  Value r = gen_throw_pending(t, g);
  if (!r) return nullptr;
  if (g->frame) return r;
  std::vector<Value> args;
  if (r.get() != None) args.push_back(r);
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple(std::move(args))));
  return nullptr;
}

Value m_close(Thread& t, Object* self, const CallArgs&) {
  Generator* g = G(self);
  if (!g->frame) return none();
  if (!g->started) {
    delete g->frame;
    g->frame = nullptr;
    return none();
  }
  t.set_exception(make_exception(exc::GeneratorExit, ""));
  Value r = gen_throw_pending(t, g);
  if (r && g->frame) return t.raise(exc::RuntimeError, "generator ignored GeneratorExit");
  if (!r) {
    if (t.exception_matches(exc::GeneratorExit) || t.exception_matches(exc::StopIteration)) {
      t.take_exception();
      return none();
    }
    return nullptr;
  }
  return none();
}

}  // namespace

// The last reference is gone: a generator suspended inside try/finally or with is closed first,
// so its cleanup runs now, as CPython does when the count reaches zero.
Generator::~Generator() {
  if (frame && started && !running && thread && !frame->blocks.empty()) {
    Thread& t = *thread;
    refcnt = 1;  // alive again while close() runs
    Ref<BaseException> saved = t.take_exception();
    Value r = m_close(t, this, CallArgs{});
    if (!r && t.has_exception()) {
      Ref<BaseException> e = t.take_exception();
      std::string msg;
      Value s = str(t, e.get());
      if (s) msg = cast<Str>(s.get())->text;
      else t.take_exception();
      t.interp().write_stderr("Exception ignored in: <generator object " + (qualname ? qualname->text : std::string("<genexpr>")) +
                              ">\n" + e->type->name + (msg.empty() ? "" : ": " + msg) + "\n");
    }
    if (saved) t.set_exception(saved);
    refcnt = 0;
  }
  delete frame;
}

void init_generator_type() {
  Type* ty = generator_type;
  ty->iter = gen_iter;
  ty->next = gen_next;
  ty->repr = gen_repr;
  add_method(ty, "send", m_send);
  add_method(ty, "throw", m_throw);
  add_method(ty, "close", m_close);
  add_method(ty, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value {
    return generator_send(t, G(self), None);
  });
}

}  // namespace py
