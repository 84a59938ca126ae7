#include "py/frame_objects.hpp"

#include <cstdio>

#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/frame.hpp"
#include "py/native_modules.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

std::string address_of(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

struct FrameObject : Object {
  Ref<Code> code;
  int line;
  uint32_t instr;
  Ref<Dict> globals;
  Value back;  // a FrameObject, or None
  FrameObject(Type* type, Ref<Code> code, int line, uint32_t instr, Ref<Dict> globals)
      : Object(type), code(std::move(code)), line(line), instr(instr), globals(std::move(globals)) {}
};

struct TracebackObject : Object {
  Ref<FrameObject> frame;
  int line;
  uint32_t instr;
  Value next;  // a TracebackObject, or None
  TracebackObject(Type* type, Ref<FrameObject> frame, int line, uint32_t instr)
      : Object(type), frame(std::move(frame)), line(line), instr(instr) {}
};

Type* frame_type = nullptr;
Type* traceback_type = nullptr;

Value frame_getattr(Thread& t, Object* o, Str* name) {
  auto* f = static_cast<FrameObject*>(o);
  const std::string& n = name->text;
  if (n == "f_code") return f->code;
  if (n == "f_lineno") return make_int(f->line);
  if (n == "f_back") return f->back;
  if (n == "f_globals") return f->globals ? Value(f->globals) : Value(make_dict());
  if (n == "f_lasti") return make_int(static_cast<int64_t>(f->instr) * 2);
  if (n == "f_locals") {
    // A module body's locals are its globals; a function's are not kept in the snapshot.
    if (f->code->flags & kModule) return f->globals;
    return t.raise(exc::NotImplementedError, "frame.f_locals of a function frame is not supported here");
  }
  return generic_getattr(t, o, name);
}

Value frame_repr(Thread&, Object* o) {
  auto* f = static_cast<FrameObject*>(o);
  return make_str("<frame at " + address_of(o) + ", file '" + f->code->filename + "', line " + std::to_string(f->line) +
                  ", code " + f->code->name + ">");
}

Value traceback_getattr(Thread& t, Object* o, Str* name) {
  auto* tb = static_cast<TracebackObject*>(o);
  const std::string& n = name->text;
  if (n == "tb_frame") return tb->frame;
  if (n == "tb_lineno") return make_int(tb->line);
  if (n == "tb_next") return tb->next;
  if (n == "tb_lasti") return make_int(static_cast<int64_t>(tb->instr) * 2);
  return generic_getattr(t, o, name);
}

Value traceback_repr(Thread&, Object* o) { return make_str("<traceback object at " + address_of(o) + ">"); }

Value code_getattr(Thread& t, Object* o, Str* name) {
  auto* c = cast<Code>(o);
  const std::string& n = name->text;
  if (n == "co_name") return c->name_str ? Value(c->name_str) : Value(make_str(c->name));
  if (n == "co_qualname") return c->qualname_str ? Value(c->qualname_str) : Value(make_str(c->qualname));
  if (n == "co_filename") return make_str(c->filename);
  if (n == "co_firstlineno") return make_int(c->first_line);
  if (n == "co_argcount") return make_int(c->argcount);
  if (n == "co_posonlyargcount") return make_int(c->posonlyargcount);
  if (n == "co_kwonlyargcount") return make_int(c->kwonlyargcount);
  if (n == "co_varnames") {
    std::vector<Value> names(c->varnames.begin(), c->varnames.end());
    return make_tuple(std::move(names));
  }
  return generic_getattr(t, o, name);
}

Type* make_snapshot_type(const char* name, GetAttrFn getattr, UnaryFn repr) {
  Type* type = make_native_type(name, "builtins");
  inherit_slots(type);
  type->getattr = getattr;
  type->repr = repr;
  type->construct = nullptr;
  return type;
}

Value position_tuple(const Code& code, int line, uint32_t instr) {
  Position p;
  if (!code.positions.find(instr, &p) || p.line != line) p = Position{line, line};
  auto col = [](int c) { return c < 0 ? none() : make_int(c); };
  bool columns = p.col >= 0 && p.end_col >= 0;
  return make_tuple({make_int(p.line), make_int(p.end_line), columns ? col(p.col) : none(), columns ? col(p.end_col) : none()});
}

// Made when the first snapshot is: code objects get their co_* attributes then (no one else
// reaches a code object's attributes).
void init_types() {
  static const bool once = [] {
    frame_type = make_snapshot_type("frame", frame_getattr, frame_repr);
    traceback_type = make_snapshot_type("traceback", traceback_getattr, traceback_repr);
    code_type->getattr = code_getattr;
    return true;
  }();
  (void)once;
}

}  // namespace

Value frame_object(Frame* f) {
  if (!f) return none();
  init_types();
  Ref<FrameObject> first;
  FrameObject* last = nullptr;
  for (; f; f = f->back) {
    uint32_t instr = static_cast<uint32_t>(f->ip ? f->ip - 1 : 0);
    auto snap = make<FrameObject>(frame_type, f->code, f->line(), instr, f->globals);
    snap->back = none();
    if (last) last->back = snap;
    else first = snap;
    last = snap.get();
  }
  return first;
}

Value traceback_object(BaseException* e) {
  if (e->traceback.empty()) return none();
  init_types();
  Value first = none();
  TracebackObject* last = nullptr;
  FrameObject* outer = nullptr;
  // Entries are innermost first; the chain starts at the outermost frame. Each frame's f_back
  // is the frame of the entry before it (its caller, as far as the traceback knows).
  for (size_t i = e->traceback.size(); i-- > 0;) {
    const TracebackEntry& entry = e->traceback[i];
    auto frame = make<FrameObject>(frame_type, entry.code, entry.line, entry.instr, nullptr);
    frame->back = outer ? Value::borrow(outer) : none();
    auto tb = make<TracebackObject>(traceback_type, frame, entry.line, entry.instr);
    tb->next = none();
    outer = frame.get();
    if (last) last->next = tb;
    else first = tb;
    last = tb.get();
  }
  return first;
}

Value object_position(Thread& t, Object* o) {
  if (o->type == traceback_type) {
    auto* tb = static_cast<TracebackObject*>(o);
    return position_tuple(*tb->frame->code, tb->line, tb->instr);
  }
  if (o->type == frame_type) {
    auto* f = static_cast<FrameObject*>(o);
    return position_tuple(*f->code, f->line, f->instr);
  }
  return t.raise(exc::TypeError, "expected a frame or traceback object");
}

}  // namespace py
