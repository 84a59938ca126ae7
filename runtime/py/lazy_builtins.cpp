#include "py/lazy_builtins.hpp"

#include "py/abstract.hpp"
#include "py/thread.hpp"

namespace py {

Object* load_lazy_builtin(Thread& t, Str* name) {
  if (name->text != "ExceptionGroup" && name->text != "BaseExceptionGroup") return nullptr;
  Value module = import_module(t, intern("_asyncio_exceptiongroup").get());
  if (!module) return nullptr;
  Dict* builtins = t.interp().builtins();
  for (const char* group : {"BaseExceptionGroup", "ExceptionGroup"}) {
    Ref<Str> key = intern(group);
    if (dict_get_str(builtins, key.get())) continue;
    Value cls = getattr(t, module.get(), key.get());
    if (!cls) return nullptr;
    dict_set_str(builtins, group, cls.get());
  }
  return dict_get_str(builtins, name);
}

}  // namespace py
