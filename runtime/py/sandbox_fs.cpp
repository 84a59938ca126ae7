// The in-memory file system behind open(), io and os (sandbox_fs.hpp). Paths are kept absolute
// and normalised; errors are errno values, raised as CPython's OSError subclasses.
#include "py/sandbox_fs.hpp"

#include "py/thread.hpp"

namespace py {

namespace {
constexpr int kENOENT = 2, kEEXIST = 17, kENOTDIR = 20, kEISDIR = 21, kEINVAL = 22, kENOTEMPTY = 39;
}

SandboxFs::SandboxFs() { nodes_[kHome].dir = true; }

std::string SandboxFs::absolute(const std::string& path) const {
  std::string full = !path.empty() && path[0] == '/' ? path : cwd + "/" + path;
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= full.size()) {
    size_t slash = full.find('/', i);
    if (slash == std::string::npos) slash = full.size();
    std::string part = full.substr(i, slash - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = slash + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

SandboxFs::Kind SandboxFs::kind(const std::string& path) const {
  std::string abs = absolute(path);
  if (abs == "/") return Kind::Dir;
  auto it = nodes_.find(abs);
  if (it == nodes_.end()) return Kind::None;
  return it->second.dir ? Kind::Dir : Kind::File;
}

int SandboxFs::parent_ok(const std::string& abs) const {
  std::string parent = abs.substr(0, abs.rfind('/'));
  if (parent.empty()) return 0;
  auto it = nodes_.find(parent);
  if (it == nodes_.end()) return kENOENT;
  return it->second.dir ? 0 : kENOTDIR;
}

int SandboxFs::open(const std::string& path, bool create, bool exclusive, bool truncate, Data* out) {
  std::string abs = absolute(path);
  if (abs == "/") return kEISDIR;
  auto it = nodes_.find(abs);
  if (it != nodes_.end()) {
    if (exclusive) return kEEXIST;
    if (it->second.dir) return kEISDIR;
    if (truncate) it->second.data->clear();
    *out = it->second.data;
    return 0;
  }
  if (path.empty()) return kENOENT;
  if (int err = parent_ok(abs)) return err;
  if (!create) return kENOENT;
  if (!path.empty() && path.back() == '/') return kEISDIR;
  Node& node = nodes_[abs];
  node.data = std::make_shared<std::string>();
  *out = node.data;
  return 0;
}

void SandboxFs::add_program(const std::string& filename, const std::string& source) {
  std::string file = absolute(filename);
  std::string dir = file.substr(0, file.rfind('/'));
  for (size_t slash = dir.find('/', 1); slash != std::string::npos; slash = dir.find('/', slash + 1)) mkdir(dir.substr(0, slash));
  if (!dir.empty()) mkdir(dir);
  cwd = dir.empty() ? "/" : dir;
  Data data;
  if (open(file, true, false, true, &data) == 0) *data = source;
}

int SandboxFs::mkdir(const std::string& path) {
  std::string abs = absolute(path);
  if (abs == "/" || nodes_.count(abs)) return kEEXIST;
  if (int err = parent_ok(abs)) return err;
  nodes_[abs].dir = true;
  return 0;
}

int SandboxFs::rmdir(const std::string& path) {
  std::string abs = absolute(path);
  auto it = nodes_.find(abs);
  if (it == nodes_.end()) return abs == "/" ? kENOTEMPTY : kENOENT;
  if (!it->second.dir) return kENOTDIR;
  auto next = std::next(it);
  if (next != nodes_.end() && next->first.compare(0, abs.size() + 1, abs + "/") == 0) return kENOTEMPTY;
  nodes_.erase(it);
  return 0;
}

int SandboxFs::remove(const std::string& path) {
  std::string abs = absolute(path);
  auto it = nodes_.find(abs);
  if (it == nodes_.end()) return abs == "/" ? kEISDIR : kENOENT;
  if (it->second.dir) return kEISDIR;
  nodes_.erase(it);
  return 0;
}

int SandboxFs::rename(const std::string& from, const std::string& to) {
  std::string src = absolute(from), dst = absolute(to);
  auto it = nodes_.find(src);
  if (it == nodes_.end()) return kENOENT;
  if (src == dst) return 0;
  if (int err = parent_ok(dst)) return err;
  auto target = nodes_.find(dst);
  if (target != nodes_.end()) {
    if (target->second.dir != it->second.dir) return target->second.dir ? kEISDIR : kENOTDIR;
    if (target->second.dir && rmdir(dst)) return kENOTEMPTY;
  }
  if (it->second.dir && dst.compare(0, src.size() + 1, src + "/") == 0) return kEINVAL;
  // Move the node and, for a directory, everything under it.
  std::vector<std::pair<std::string, Node>> moved;
  for (auto i = nodes_.begin(); i != nodes_.end();) {
    if (i->first == src || i->first.compare(0, src.size() + 1, src + "/") == 0) {
      moved.emplace_back(dst + i->first.substr(src.size()), i->second);
      i = nodes_.erase(i);
    } else {
      ++i;
    }
  }
  for (auto& [name, node] : moved) nodes_[name] = node;
  return 0;
}

int SandboxFs::listdir(const std::string& path, std::vector<std::string>* names) const {
  std::string abs = absolute(path);
  if (abs != "/") {
    auto it = nodes_.find(abs);
    if (it == nodes_.end()) return kENOENT;
    if (!it->second.dir) return kENOTDIR;
  }
  std::string prefix = abs == "/" ? "/" : abs + "/";
  for (auto it = nodes_.lower_bound(prefix); it != nodes_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    std::string rest = it->first.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names->push_back(rest);
  }
  return 0;
}

int64_t SandboxFs::size(const std::string& path) const {
  auto it = nodes_.find(absolute(path));
  if (it == nodes_.end() || it->second.dir) return -1;
  return static_cast<int64_t>(it->second.data->size());
}

SandboxFs& sandbox_fs(Interpreter& interp) {
  if (!interp.sandbox) interp.sandbox = std::make_shared<SandboxFs>();
  return *interp.sandbox;
}

std::nullptr_t raise_os_error(Thread& t, int err, const std::string& path, const std::string& path2) {
  Type* type = exc::OSError;
  const char* message = "Invalid argument";
  switch (err) {
    case kENOENT: type = exc::FileNotFoundError; message = "No such file or directory"; break;
    case kEEXIST: type = exc::FileExistsError; message = "File exists"; break;
    case kENOTDIR: type = exc::NotADirectoryError; message = "Not a directory"; break;
    case kEISDIR: type = exc::IsADirectoryError; message = "Is a directory"; break;
    case kENOTEMPTY: message = "Directory not empty"; break;
    default: break;
  }
  auto e = make<BaseException>(type, make_tuple({make_int(err), make_str(message)}));
  e->dict = make_dict();
  dict_set_str(e->dict.get(), "filename", make_str(path).get());
  if (!path2.empty()) dict_set_str(e->dict.get(), "filename2", make_str(path2).get());
  t.set_exception(std::move(e));
  return nullptr;
}

}  // namespace py
