// The builtins that run source text: compile(), exec(), eval(), and __import__().
// compile() gives a code object; exec/eval run one (or compile source text first) in the given
// namespaces, or in the caller's: its globals, and for a function a snapshot of its locals.
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/native_args.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

Value run_module_with_locals(Thread& t, Code* code, Dict* globals, Dict* locals);  // vm.cpp

namespace {

void set_filename(Code* code, const std::string& filename) {
  code->filename = filename;
  for (Value& c : code->consts) {
    if (c && c->type == code_type) set_filename(cast<Code>(c.get()), filename);
  }
}

// A compile error as CPython raises it: SyntaxError with msg, filename, lineno, offset, text.
std::nullptr_t raise_compile_error(Thread& t, const SyntaxError& e, const std::string& filename) {
  if (e.kind == ErrorKind::NotImplemented) {
    return t.raise(exc::NotImplementedError, e.message + " (line " + std::to_string(e.line) + ")");
  }
  if (e.kind == ErrorKind::RecursionError) return t.raise(exc::RecursionError, e.message);
  auto details = make_tuple({make_str(filename), make_int(e.line), make_int(e.column), make_str(e.text),
                             make_int(e.end_line), make_int(e.end_column)});
  auto err = make<BaseException>(exc::SyntaxError, make_tuple({make_str(e.message), details}));
  err->dict = make_dict();
  dict_set_str(err->dict.get(), "msg", make_str(e.message).get());
  dict_set_str(err->dict.get(), "filename", make_str(filename).get());
  dict_set_str(err->dict.get(), "lineno", make_int(e.line).get());
  dict_set_str(err->dict.get(), "offset", make_int(e.column).get());
  dict_set_str(err->dict.get(), "text", make_str(e.text).get());
  dict_set_str(err->dict.get(), "end_lineno", e.end_line ? make_int(e.end_line).get() : None);
  dict_set_str(err->dict.get(), "end_offset", e.end_column ? make_int(e.end_column).get() : None);
  t.set_exception(std::move(err));
  return nullptr;
}

Value compile_text(Thread& t, const std::string& text, const std::string& filename, bool eval_mode) {
  std::string src = text;
  if (eval_mode) {  // eval() ignores leading spaces and tabs
    size_t i = src.find_first_not_of(" \t");
    src.erase(0, i == std::string::npos ? src.size() : i);
  }
  Source source(filename, src);
  CompileResult r = compile_source(source, eval_mode);
  if (!r.code) return raise_compile_error(t, *r.error, filename);
  set_filename(r.code.get(), filename);
  return r.code;
}

Value b_compile(Thread& t, Object*, const CallArgs& a) {
  Object* args[6] = {};
  if (!parse_args(t, a, "compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, args)) return nullptr;
  if (args[2]->type != str_type) return t.raise(exc::TypeError, "compile() argument 'mode' must be str, not " + type_name(args[2]));
  const std::string& mode = cast<Str>(args[2])->text;
  if (mode != "exec" && mode != "eval" && mode != "single") {
    return t.raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (args[0]->type == code_type) return Value::borrow(args[0]);
  if (args[0]->type != str_type) return t.raise(exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
  std::string filename;
  if (!str_text(t, args[1], &filename)) return nullptr;
  return compile_text(t, cast<Str>(args[0])->text, filename, mode == "eval");
}

// The namespaces code runs in: given ones, or the caller's.
bool namespaces(Thread& t, const char* fname, Object* g, Object* l, Ref<Dict>* globals, Ref<Dict>* locals) {
  if (g && g != None) {
    if (g->type != dict_type) return t.raise(exc::TypeError, std::string(fname) + "() globals must be a dict, not " + type_name(g)), false;
    *globals = Ref<Dict>::borrow(cast<Dict>(g));
  }
  if (l && l != None) {
    if (!l->type->getitem) return t.raise(exc::TypeError, "locals must be a mapping"), false;
    if (l->type != dict_type) return t.raise(exc::NotImplementedError, "a locals mapping other than dict is not supported yet"), false;
    *locals = Ref<Dict>::borrow(cast<Dict>(l));
  }
  Frame* f = t.frame;
  if (!*globals) {
    if (!f) return t.raise(exc::RuntimeError, "exec(): no frame"), false;
    *globals = f->globals;
    if (!*locals) {
      if (f->locals) {
        *locals = f->locals;
      } else {  // a function: a snapshot of its variables, as CPython's locals()
        auto d = make_dict();
        Code& c = *f->code;
        for (size_t i = 0; i < c.varnames.size() && i < f->fast.size(); ++i) {
          if (f->fast[i]) dict_set(t, d.get(), c.varnames[i].get(), f->fast[i].get());
        }
        for (size_t i = 0; i < f->cells.size(); ++i) {
          Str* n = i < c.cellvars.size() ? c.cellvars[i].get() : c.freevars[i - c.cellvars.size()].get();
          if (f->cells[i]->value) dict_set(t, d.get(), n, f->cells[i]->value.get());
        }
        *locals = d;
      }
    }
  }
  if (!*locals) *locals = *globals;
  if (!dict_get_str(globals->get(), intern("__builtins__").get())) {
    dict_set_str(globals->get(), "__builtins__", t.interp().builtins());
  }
  return true;
}

Value run_source(Thread& t, const CallArgs& a, const char* fname, bool eval_mode) {
  Object* args[3] = {};
  if (a.nkw()) {
    if (!parse_args(t, a, fname, {"source", "globals", "locals"}, 1, args)) return nullptr;
  } else if (!positional_args(t, a, fname, 1, 3)) {
    return nullptr;
  } else {
    for (size_t i = 0; i < a.nargs; ++i) args[i] = a.arg(i);
  }
  Ref<Dict> globals, locals;
  if (!namespaces(t, fname, args[1], args[2], &globals, &locals)) return nullptr;
  Value code;
  if (args[0]->type == code_type) {
    code = Value::borrow(args[0]);
  } else if (args[0]->type == str_type) {
    code = compile_text(t, cast<Str>(args[0])->text, "<string>", eval_mode);
    if (!code) return nullptr;
  } else {
    return t.raise(exc::TypeError, std::string(fname) + "() arg 1 must be a string, bytes or code object");
  }
  Value r = run_module_with_locals(t, cast<Code>(code.get()), globals.get(), locals.get());
  if (!r) return nullptr;
  return eval_mode ? r : none();
}

Value b_exec(Thread& t, Object*, const CallArgs& a) { return run_source(t, a, "exec", false); }
Value b_eval(Thread& t, Object*, const CallArgs& a) { return run_source(t, a, "eval", true); }

Value b_import(Thread& t, Object*, const CallArgs& a) {
  Object* args[5] = {};
  if (!parse_args(t, a, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, args)) return nullptr;
  if (args[0]->type != str_type) return t.raise(exc::TypeError, "__import__() argument 1 must be str, not " + type_name(args[0]));
  const std::string& name = cast<Str>(args[0])->text;
  Value m = import_module(t, cast<Str>(args[0]));
  if (!m) return nullptr;
  int from = 0;
  if (args[3] && (from = truth(t, args[3])) < 0) return nullptr;
  size_t dot = name.find('.');
  if (from || dot == std::string::npos) return m;
  return import_module(t, intern(name.substr(0, dot)).get());  // `import a.b` binds `a`
}

}  // namespace

void install_exec_builtins(Dict* b) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  for (Entry e : {Entry{"compile", b_compile}, Entry{"exec", b_exec}, Entry{"eval", b_eval}, Entry{"__import__", b_import}}) {
    auto f = make<BuiltinFunction>(e.name, e.fn);
    dict_set_str(b, e.name, f.get());
  }
}

}  // namespace py
