// _sandbox: the descriptor-level calls io.py's file objects make on the run's in-memory file
// system (sandbox_fs.hpp): open a path, read and write bytes at an offset, find a line's end.
#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/sandbox_fs.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

bool int_at(Thread& t, const CallArgs& a, size_t i, int64_t* out) { return as_index(t, a.arg(i), out); }

// The descriptor's bytes, or a ValueError (io.py never passes a closed one).
SandboxFs::Data* file_of(Thread& t, const CallArgs& a) {
  int64_t fd = 0;
  if (!int_at(t, a, 0, &fd)) return nullptr;
  auto& files = sandbox_fs(t.interp()).open_files;
  auto it = files.find(fd);
  if (it == files.end()) {
    t.raise(exc::ValueError, "I/O operation on closed file.");
    return nullptr;
  }
  return &it->second;
}

// open(path, flags) -> (fd, absolute path); flags: "r", "w", "a" or "x".
Value sb_open(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "open", 2, 2)) return nullptr;
  if (a.arg(0)->type != str_type || a.arg(1)->type != str_type) return t.raise(exc::TypeError, "open() expects str arguments");
  const std::string& path = cast<Str>(a.arg(0))->text;
  char flag = cast<Str>(a.arg(1))->text[0];
  SandboxFs& fs = sandbox_fs(t.interp());
  SandboxFs::Data data;
  if (int err = fs.open(path, flag != 'r', flag == 'x', flag == 'w', &data)) return raise_os_error(t, err, path);
  int64_t fd = fs.next_fd++;
  fs.open_files[fd] = data;
  return make_tuple({make_int(fd), make_str(fs.absolute(path))});
}

Value sb_close(Thread& t, Object*, const CallArgs& a) {
  int64_t fd = 0;
  if (!positional_args(t, a, "close", 1, 1) || !int_at(t, a, 0, &fd)) return nullptr;
  sandbox_fs(t.interp()).open_files.erase(fd);
  return none();
}

// pread(fd, offset, n) -> bytes: up to n bytes (n < 0: to the end) from offset.
Value sb_pread(Thread& t, Object*, const CallArgs& a) {
  int64_t offset = 0, n = 0;
  if (!positional_args(t, a, "pread", 3, 3) || !int_at(t, a, 1, &offset) || !int_at(t, a, 2, &n)) return nullptr;
  SandboxFs::Data* data = file_of(t, a);
  if (!data) return nullptr;
  const std::string& bytes = **data;
  if (offset >= static_cast<int64_t>(bytes.size())) return make_bytes("");
  size_t count = n < 0 ? std::string::npos : static_cast<size_t>(n);
  return make_bytes(bytes.substr(static_cast<size_t>(offset), count));
}

// pwrite(fd, offset, data): writes at offset, filling a gap past the end with zero bytes.
Value sb_pwrite(Thread& t, Object*, const CallArgs& a) {
  int64_t offset = 0;
  if (!positional_args(t, a, "pwrite", 3, 3) || !int_at(t, a, 1, &offset)) return nullptr;
  if (!is_bytes_like(a.arg(2))) return t.raise(exc::TypeError, "pwrite() expects bytes");
  SandboxFs::Data* data = file_of(t, a);
  if (!data) return nullptr;
  std::string& bytes = **data;
  const std::string& chunk = cast<Bytes>(a.arg(2))->data;
  size_t at = static_cast<size_t>(offset);
  if (bytes.size() < at + chunk.size()) bytes.resize(at + chunk.size(), '\0');
  bytes.replace(at, chunk.size(), chunk);
  return none();
}

Value sb_size(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "size", 1, 1)) return nullptr;
  SandboxFs::Data* data = file_of(t, a);
  if (!data) return nullptr;
  return make_int(static_cast<int64_t>((*data)->size()));
}

Value sb_truncate(Thread& t, Object*, const CallArgs& a) {
  int64_t n = 0;
  if (!positional_args(t, a, "truncate", 2, 2) || !int_at(t, a, 1, &n)) return nullptr;
  SandboxFs::Data* data = file_of(t, a);
  if (!data) return nullptr;
  (*data)->resize(static_cast<size_t>(n), '\0');
  return none();
}

// line_end(fd, offset, terminator) -> the offset just past the line starting at offset: past the
// first `terminator` (bytes), or with b"" the first "\n", "\r\n" or "\r" (universal newlines);
// the file's size if there is none.
Value sb_line_end(Thread& t, Object*, const CallArgs& a) {
  int64_t offset = 0;
  if (!positional_args(t, a, "line_end", 3, 3) || !int_at(t, a, 1, &offset)) return nullptr;
  if (!is_bytes_like(a.arg(2))) return t.raise(exc::TypeError, "line_end() expects bytes");
  SandboxFs::Data* data = file_of(t, a);
  if (!data) return nullptr;
  const std::string& bytes = **data;
  const std::string& term = cast<Bytes>(a.arg(2))->data;
  size_t from = static_cast<size_t>(offset);
  if (from >= bytes.size()) return make_int(static_cast<int64_t>(bytes.size()));
  if (!term.empty()) {
    size_t at = bytes.find(term, from);
    return make_int(static_cast<int64_t>(at == std::string::npos ? bytes.size() : at + term.size()));
  }
  size_t at = bytes.find_first_of("\r\n", from);
  if (at == std::string::npos) return make_int(static_cast<int64_t>(bytes.size()));
  if (bytes[at] == '\r' && at + 1 < bytes.size() && bytes[at + 1] == '\n') ++at;
  return make_int(static_cast<int64_t>(at + 1));
}

}  // namespace

void build_sandbox_module(Module* m) {
  module_def(m, "open", sb_open);
  module_def(m, "close", sb_close);
  module_def(m, "pread", sb_pread);
  module_def(m, "pwrite", sb_pwrite);
  module_def(m, "size", sb_size);
  module_def(m, "truncate", sb_truncate);
  module_def(m, "line_end", sb_line_end);
}

}  // namespace py
