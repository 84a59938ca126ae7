// os: the few process facts playground programs read (getpid, cpu_count from the interpreter's
// setting, an empty environment), os.path's string functions, and the file calls (listdir,
// remove, makedirs, os.path.exists, …) on the run's in-memory file system (sandbox_fs.hpp),
// never the host's.
#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/process_table.hpp"
#include "py/sandbox_fs.hpp"
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
// --- the sandboxed file system -------------------------------------------------------------
SandboxFs& fs(Thread& t) { return sandbox_fs(t.interp()); }

// A one-path call: fname(path) with the path checked to be a str.
bool one_path(Thread& t, const CallArgs& a, const char* fname, std::string* path) {
  return positional_args(t, a, fname, 1, 1) && str_arg(t, a, 0, fname, path);
}

Value path_exists(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "exists", &p)) return nullptr;
  return boolean(fs(t).kind(p) != SandboxFs::Kind::None);
}
Value path_isfile(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "isfile", &p)) return nullptr;
  return boolean(fs(t).kind(p) == SandboxFs::Kind::File);
}
Value path_isdir(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "isdir", &p)) return nullptr;
  return boolean(fs(t).kind(p) == SandboxFs::Kind::Dir);
}
Value path_abspath(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "abspath", &p)) return nullptr;
  return make_str(fs(t).absolute(p));
}
Value path_getsize(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "getsize", &p)) return nullptr;
  SandboxFs& sandbox = fs(t);
  if (sandbox.kind(p) == SandboxFs::Kind::None) return raise_os_error(t, 2, p);
  int64_t size = sandbox.size(p);
  return make_int(size < 0 ? 4096 : size);  // a directory: its block's size
}

Value os_getcwd(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "getcwd", 0, 0)) return nullptr;
  return make_str(fs(t).cwd);
}
Value os_chdir(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "chdir", &p)) return nullptr;
  SandboxFs& sandbox = fs(t);
  SandboxFs::Kind kind = sandbox.kind(p);
  if (kind != SandboxFs::Kind::Dir) return raise_os_error(t, kind == SandboxFs::Kind::None ? 2 : 20, p);
  sandbox.cwd = sandbox.absolute(p);
  return none();
}
Value os_listdir(Thread& t, Object*, const CallArgs& a) {
  std::string p = ".";
  if (!positional_args(t, a, "listdir", 0, 1) || (a.nargs && !str_arg(t, a, 0, "listdir", &p))) return nullptr;
  std::vector<std::string> names;
  if (int err = fs(t).listdir(p, &names)) return raise_os_error(t, err, p);
  std::vector<Value> items;
  for (std::string& n : names) items.push_back(make_str(std::move(n)));
  return make_list(std::move(items));
}
Value os_mkdir(Thread& t, Object*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "mkdir", {"path", "mode"}, 1, args)) return nullptr;
  if (args[0]->type != str_type) return t.raise(exc::TypeError, "mkdir() argument must be str, not '" + type_name(args[0]) + "'");
  std::string p = cast<Str>(args[0])->text;
  if (int err = fs(t).mkdir(p)) return raise_os_error(t, err, p);
  return none();
}
// makedirs(name, mode=0o777, exist_ok=False): every missing directory on the way.
Value os_makedirs(Thread& t, Object*, const CallArgs& a) {
  Object* args[3];
  if (!parse_args(t, a, "makedirs", {"name", "mode", "exist_ok"}, 1, args)) return nullptr;
  if (args[0]->type != str_type) return t.raise(exc::TypeError, "makedirs() argument must be str, not '" + type_name(args[0]) + "'");
  std::string p = cast<Str>(args[0])->text;
  bool exist_ok = args[2] && truth(t, args[2]) > 0;
  SandboxFs& sandbox = fs(t);
  std::string abs = sandbox.absolute(p);
  for (size_t slash = abs.find('/', 1); slash != std::string::npos; slash = abs.find('/', slash + 1)) {
    std::string head = abs.substr(0, slash);
    if (sandbox.kind(head) == SandboxFs::Kind::None) {
      if (int err = sandbox.mkdir(head)) return raise_os_error(t, err, p);
    }
  }
  if (exist_ok && sandbox.kind(abs) == SandboxFs::Kind::Dir) return none();
  if (int err = sandbox.mkdir(abs)) return raise_os_error(t, err, p);
  return none();
}
Value os_rmdir(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "rmdir", &p)) return nullptr;
  if (int err = fs(t).rmdir(p)) return raise_os_error(t, err, p);
  return none();
}
Value os_remove(Thread& t, Object*, const CallArgs& a) {
  std::string p;
  if (!one_path(t, a, "remove", &p)) return nullptr;
  if (int err = fs(t).remove(p)) return raise_os_error(t, err, p);
  return none();
}
Value os_rename(Thread& t, Object*, const CallArgs& a) {
  std::string from, to;
  if (!positional_args(t, a, "rename", 2, 2) || !str_arg(t, a, 0, "rename", &from) || !str_arg(t, a, 1, "rename", &to)) return nullptr;
  if (int err = fs(t).rename(from, to)) return raise_os_error(t, err, from, to);
  return none();
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
  module_def(m.get(), "isfile", path_isfile);
  module_def(m.get(), "isdir", path_isdir);
  module_def(m.get(), "abspath", path_abspath);
  module_def(m.get(), "realpath", path_abspath);
  module_def(m.get(), "getsize", path_getsize);
  module_set(m.get(), "sep", make_str("/"));
  return m;
}

}  // namespace

void build_os_module(Module* m) {
  module_def(m, "getpid", os_getpid);
  module_def(m, "cpu_count", os_cpu_count);
  module_def(m, "getenv", os_getenv);
  module_def(m, "getcwd", os_getcwd);
  module_def(m, "chdir", os_chdir);
  module_def(m, "listdir", os_listdir);
  module_def(m, "mkdir", os_mkdir);
  module_def(m, "makedirs", os_makedirs);
  module_def(m, "rmdir", os_rmdir);
  module_def(m, "remove", os_remove);
  module_def(m, "unlink", os_remove);
  module_def(m, "rename", os_rename);
  module_def(m, "replace", os_rename);
  module_set(m, "environ", make_dict());
  module_set(m, "name", make_str("posix"));
  module_set(m, "sep", make_str("/"));
  module_set(m, "linesep", make_str("\n"));
  module_set(m, "curdir", make_str("."));
  module_set(m, "pardir", make_str(".."));
  module_set(m, "path", make_path_module());
}

}  // namespace py
