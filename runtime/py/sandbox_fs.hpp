// The run's file system: an in-memory tree that open(), io and os read and write instead of the
// host's disk (the same natively, in wasm and on the page). It starts empty but for /sandbox and
// the program file with its directory (the working directory), and is shared by every thread and
// multiprocessing process of the run, as a disk would be.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "py/objects.hpp"

namespace py {

class Interpreter;

class SandboxFs {
 public:
  static constexpr const char* kHome = "/sandbox";  // the initial working directory
  SandboxFs();

  // `path` made absolute against the working directory, with ".", ".." and repeated "/" resolved.
  std::string absolute(const std::string& path) const;
  std::string cwd = kHome;

  enum class Kind { None, File, Dir };
  Kind kind(const std::string& path) const;

  // An open file's bytes: the file's own buffer, which stays valid when the file is removed.
  using Data = std::shared_ptr<std::string>;
  // open(2) with flags from io.open's mode: 0 on success (*out set) or an errno value.
  int open(const std::string& path, bool create, bool exclusive, bool truncate, Data* out);
  // The program file (with its source) and its directory, which becomes the working directory:
  // as under CPython run from the program's directory, relative names and
  // os.path.dirname(__file__) name the same place. A relative filename counts from /sandbox.
  void add_program(const std::string& filename, const std::string& source);
  int mkdir(const std::string& path);
  int rmdir(const std::string& path);
  int remove(const std::string& path);
  int rename(const std::string& from, const std::string& to);
  int listdir(const std::string& path, std::vector<std::string>* names) const;
  int64_t size(const std::string& path) const;  // -1: not a file

  // Open files by descriptor (io's file objects hold one; _sandbox's functions take it).
  std::map<int64_t, Data> open_files;
  int64_t next_fd = 3;

 private:
  struct Node {
    bool dir = false;
    Data data;
  };
  int parent_ok(const std::string& abs) const;  // 0 if abs's parent is a directory
  std::map<std::string, Node> nodes_;           // by absolute path; "/" is implicit
};

SandboxFs& sandbox_fs(Interpreter& interp);

// Raises CPython's OSError subclass for `err` (FileNotFoundError, FileExistsError, …) with
// "[Errno N] message: 'path'" (and " -> 'path2'" when given).
std::nullptr_t raise_os_error(Thread& t, int err, const std::string& path, const std::string& path2 = {});

}  // namespace py
