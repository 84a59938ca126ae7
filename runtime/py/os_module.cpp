// os: the few process facts playground programs read (getpid, cpu_count from the interpreter's
// setting, an empty environment) and os.path's string functions. No file system access.
#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/process_table.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

bool str_arg(Thread& t, const CallArgs& a, size_t i, const char* fname, std::string* out) {
  Object* o = a.arg(i);
  if (o->type != str_type) {
    t.raise(exc::TypeError, std::string(fname) + "() argument must be str, bytes, or os.PathLike object, not '" + type_name(o) + "'");
    return false;
  }
  *out = cast<Str>(o)->text;
  return true;
}

Value os_getpid(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "getpid", 0, 0)) return nullptr;
  return make_int(process_of(t).pid);  // the main program's is 4242 (process_table.hpp)
}
Value os_cpu_count(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "cpu_count", 0, 0)) return nullptr;
  return make_int(t.interp().cpu_count);
}
Value os_getenv(Thread& t, Object*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "getenv", {"key", "default"}, 1, args)) return nullptr;
  if (args[0]->type != str_type) return t.raise(exc::TypeError, "str expected, not " + type_name(args[0]));
  return args[1] ? Value::borrow(args[1]) : none();
}

// --- os.path (posixpath) -------------------------------------------------------------------------
Value path_basename(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!positional_args(t, a, "basename", 1, 1) || !str_arg(t, a, 0, "basename", &p)) return nullptr;
  size_t slash = p.rfind('/');
  return make_str(slash == std::string::npos ? p : p.substr(slash + 1));
}
std::string dirname_of(const std::string& p) {
  size_t slash = p.rfind('/');
  if (slash == std::string::npos) return "";
  std::string head = p.substr(0, slash + 1);
  if (head.find_first_not_of('/') != std::string::npos) {
    while (!head.empty() && head.back() == '/') head.pop_back();
  }
  return head;
}
Value path_dirname(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!positional_args(t, a, "dirname", 1, 1) || !str_arg(t, a, 0, "dirname", &p)) return nullptr;
  return make_str(dirname_of(p));
}
Value path_split(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!positional_args(t, a, "split", 1, 1) || !str_arg(t, a, 0, "split", &p)) return nullptr;
  size_t slash = p.rfind('/');
  std::string tail = slash == std::string::npos ? p : p.substr(slash + 1);
  return make_tuple({make_str(dirname_of(p)), make_str(tail)});
}
Value path_join(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "join", 1, SIZE_MAX)) return nullptr;
  std::string out;
  for (size_t i = 0; i < a.nargs; ++i) {
    std::string part;
    if (!str_arg(t, a, i, "join", &part)) return nullptr;
    if (!part.empty() && part[0] == '/') out = part;
    else if (out.empty() || out.back() == '/') out += part;
    else out += "/" + part;
  }
  return make_str(out);
}
Value path_splitext(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!positional_args(t, a, "splitext", 1, 1) || !str_arg(t, a, 0, "splitext", &p)) return nullptr;
  size_t slash = p.rfind('/');
  size_t base = slash == std::string::npos ? 0 : slash + 1;
  size_t dot = p.rfind('.');
  if (dot != std::string::npos && dot > base && p.find_first_not_of('.', base) < dot) {
    return make_tuple({make_str(p.substr(0, dot)), make_str(p.substr(dot))});
  }
  return make_tuple({make_str(p), make_str("")});
}
Value path_isabs(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!positional_args(t, a, "isabs", 1, 1) || !str_arg(t, a, 0, "isabs", &p)) return nullptr;
  return boolean(!p.empty() && p[0] == '/');
}
Value path_exists(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "exists", 1, 1)) return nullptr;
  return boolean(false);
}

Value make_path_module() {
  auto m = make<Module>(intern("posixpath"));
  module_def(m.get(), "basename", path_basename);
  module_def(m.get(), "dirname", path_dirname);
  module_def(m.get(), "split", path_split);
  module_def(m.get(), "join", path_join);
  module_def(m.get(), "splitext", path_splitext);
  module_def(m.get(), "isabs", path_isabs);
  module_def(m.get(), "exists", path_exists);
  module_def(m.get(), "isfile", path_exists);
  module_def(m.get(), "isdir", path_exists);
  module_set(m.get(), "sep", make_str("/"));
  return m;
}

}  // namespace

void build_os_module(Module* m) {
  module_def(m, "getpid", os_getpid);
  module_def(m, "cpu_count", os_cpu_count);
  module_def(m, "getenv", os_getenv);
  module_set(m, "environ", make_dict());
  module_set(m, "name", make_str("posix"));
  module_set(m, "sep", make_str("/"));
  module_set(m, "linesep", make_str("\n"));
  module_set(m, "curdir", make_str("."));
  module_set(m, "pardir", make_str(".."));
  module_set(m, "path", make_path_module());
}

}  // namespace py
