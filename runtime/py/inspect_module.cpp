// _inspect: what inspect, traceback and the other Python-written library modules need to see
// of functions and exceptions that the object model doesn't expose as attributes.
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/frame_objects.hpp"
#include "py/library_modules.hpp"
#include "py/run.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

// code_info(f): (flags, argcount, posonlyargcount, kwonlyargcount, varnames, defaults,
// kwdefaults) of a function written in Python; None for anything else. flags use CPython's
// bits: 0x20 generator, 0x80 coroutine, 0x200 async generator, 0x4 *args, 0x8 **kwargs.
Value code_info(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "code_info(function)");
  Object* o = a.arg(0);
  if (o->type != function_type) return none();
  auto* f = cast<Function>(o);
  const Code& c = *f->code;
  int64_t flags = 0;
  if (c.flags & kVarArgs) flags |= 0x4;
  if (c.flags & kVarKeywords) flags |= 0x8;
  bool gen = c.flags & kGenerator, coro = c.flags & kCoroutine;
  if (gen && coro) flags |= 0x200;
  else if (gen) flags |= 0x20;
  else if (coro) flags |= 0x80;
  if (c.flags & kIterableCoroutine) flags |= 0x100;
  size_t nparams = c.argcount + c.kwonlyargcount + ((c.flags & kVarArgs) ? 1 : 0) + ((c.flags & kVarKeywords) ? 1 : 0);
  std::vector<Value> names;
  for (size_t i = 0; i < nparams && i < c.varnames.size(); ++i) names.push_back(c.varnames[i]);
  return make_tuple({make_int(flags), make_int(c.argcount), make_int(c.posonlyargcount), make_int(c.kwonlyargcount),
                     make_tuple(std::move(names)), f->defaults ? Value(f->defaults) : none(),
                     f->kwdefaults ? Value(f->kwdefaults) : none()});
}

// handled(): the exception being handled (what sys.exception() gives), or None.
Value handled(Thread& t, Object*, const CallArgs&) {
  Object* e = current_handled(t);
  return e ? Value::borrow(e) : none();
}

// format_exception(exc): the traceback text CPython prints for an uncaught `exc`.
Value format_exc(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1 || !isinstance(a.arg(0), exc::BaseException)) return t.raise(exc::TypeError, "format_exception(exception)");
  return make_str(format_exception(t, cast<BaseException>(a.arg(0)), t.interp().main_source, TracebackStyle::Module));
}

// frame_info(depth): (filename, line, function name) of the Python frame `depth` calls above the
// one calling frame_info (0: that frame itself); None above the outermost frame.
Value frame_info(Thread& t, Object*, const CallArgs& a) {
  int64_t depth = 0;
  if (a.nargs > 1 || (a.nargs == 1 && !as_index(t, a.arg(0), &depth))) return t.raise(exc::TypeError, "frame_info(depth=0)");
  Frame* f = t.frame;
  for (int64_t i = 0; f && i < depth; ++i) f = f->back;
  if (!f) return none();
  return make_tuple({make_str(f->code->filename), make_int(f->line()), make_str(f->code->name)});
}

// frame_globals(depth): the globals of that frame (the module namespace a caller runs in).
Value frame_globals(Thread& t, Object*, const CallArgs& a) {
  int64_t depth = 0;
  if (a.nargs > 1 || (a.nargs == 1 && !as_index(t, a.arg(0), &depth))) return t.raise(exc::TypeError, "frame_globals(depth=0)");
  Frame* f = t.frame;
  for (int64_t i = 0; f && i < depth; ++i) f = f->back;
  if (!f || !f->globals) return none();
  return f->globals;
}

// source_line(filename, line): that line of the program (stripped), '' for other files.
Value source_line(Thread& t, Object*, const CallArgs& a) {
  int64_t line = 0;
  if (a.nargs != 2 || a.arg(0)->type != str_type || !as_index(t, a.arg(1), &line)) return t.raise(exc::TypeError, "source_line(filename, line)");
  if (cast<Str>(a.arg(0))->text != t.interp().filename || line < 1) return make_str("");
  const std::string& src = t.interp().main_source;
  size_t start = 0;
  for (int64_t i = 1; i < line && start != std::string::npos; ++i) {
    start = src.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return make_str("");
  size_t end = src.find('\n', start);
  std::string text = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
  size_t b = text.find_first_not_of(" \t\r\f");
  size_t e = text.find_last_not_of(" \t\r\f\n");
  return make_str(b == std::string::npos ? "" : text.substr(b, e - b + 1));
}

// position(frame_or_traceback): (lineno, end_lineno, colno, end_colno) of its instruction.
Value position(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "position(frame_or_traceback)");
  return object_position(t, a.arg(0));
}

// frame_lines(filename, lineno, end_lineno, colno, end_colno): what the traceback module prints
// under a frame's "File" line: its source line and markers; '' for a file other than the program.
Value frame_lines(Thread& t, Object*, const CallArgs& a) {
  int64_t v[4] = {0, 0, -1, -1};
  if (a.nargs != 5 || a.arg(0)->type != str_type) return t.raise(exc::TypeError, "frame_lines(filename, lineno, end_lineno, colno, end_colno)");
  for (int i = 0; i < 4; ++i) {
    if (a.arg(i + 1) != None && !as_index(t, a.arg(i + 1), &v[i])) return nullptr;
  }
  const std::string& filename = cast<Str>(a.arg(0))->text;
  Interpreter& in = t.interp();
  if (filename != in.filename || filename.rfind('<', 0) == 0 || v[0] < 1) return make_str("");
  Source src(filename, in.main_source);
  Position p{static_cast<int>(v[0]), a.arg(2) == None ? static_cast<int>(v[0]) : static_cast<int>(v[1]),
             a.arg(3) == None ? -1 : static_cast<int>(v[2]), a.arg(4) == None ? -1 : static_cast<int>(v[3])};
  return make_str(frame_source_lines(src.line(p.line), p, TracebackStyle::Module));
}

// set_type_name(cls, "datetime.date"): a library class that CPython writes in C names itself
// with its module in messages and reprs (its tp_name); __name__ stays the part after the dot.
Value set_type_name(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 2 || !is_type(a.arg(0)) || a.arg(1)->type != str_type) {
    return t.raise(exc::TypeError, "set_type_name(cls, name)");
  }
  auto* type = cast<Type>(a.arg(0));
  if (type->is_builtin) return t.raise(exc::TypeError, "set_type_name: a built-in type keeps its name");
  type->name = cast<Str>(a.arg(1))->text;
  return none();
}

}  // namespace

void build_inspect_native(Module* m) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry entries[] = {{"code_info", code_info},         {"handled", handled},
                                  {"format_exception", format_exc}, {"frame_info", frame_info},
                                  {"frame_globals", frame_globals}, {"source_line", source_line},
                                  {"position", position},           {"frame_lines", frame_lines},
                                  {"set_type_name", set_type_name}};
  for (const Entry& e : entries) {
    auto f = make<BuiltinFunction>(e.name, e.fn);
    dict_set_str(m->dict.get(), e.name, f.get());
  }
}

}  // namespace py
