#include "py/precompiled_library.hpp"

#include <string_view>

#include "py/code_serializer.hpp"

namespace py {

const PrecompiledModule* find_precompiled_module(const PrecompiledLibrary& library, const FrozenModule& frozen) {
  if (library.format != code_format_fingerprint()) return nullptr;
  for (size_t i = 0; i < library.count; ++i) {
    const PrecompiledModule& m = library.modules[i];
    if (std::string_view(m.name) != frozen.name) continue;
    return m.source_hash == fingerprint_text(frozen.source) ? &m : nullptr;
  }
  return nullptr;
}

Ref<Code> load_precompiled_code(const FrozenModule& frozen, const std::string& filename) {
  const PrecompiledModule* m = find_precompiled_module(precompiled_library(), frozen);
  if (!m) return nullptr;
  return deserialize_code(std::string_view(m->bytes, m->size), filename);
}

}  // namespace py
