// The exception hierarchy's behaviour: args, str/repr as CPython, __cause__/__context__.
#include "py/frame_objects.hpp"
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

BaseException::BaseException(Type* t, Ref<Tuple> a) : Object(t), args(std::move(a)) {
  if (!t->is_builtin) heap_type = Ref<Type>::borrow(t);
}

Ref<BaseException> make_exception(Type* type, std::string message) {
  std::vector<Value> args;
  if (!message.empty()) args.push_back(make_str(std::move(message)));
  return make<BaseException>(type, make_tuple(std::move(args)));
}

namespace {

BaseException* E(Object* o) { return cast<BaseException>(o); }

// SyntaxError: "msg (filename, line N)" once compile() filled in where.
Value syntax_error_str(Thread& t, BaseException* e) {
  Object* msg = e->dict ? dict_get_str(e->dict.get(), intern("msg").get()) : nullptr;
  Object* file = e->dict ? dict_get_str(e->dict.get(), intern("filename").get()) : nullptr;
  Object* line = e->dict ? dict_get_str(e->dict.get(), intern("lineno").get()) : nullptr;
  std::string text;
  if (!str_text(t, msg, &text)) return nullptr;
  std::string where;
  if (file && file->type == str_type) {
    const std::string& f = cast<Str>(file)->text;
    where = f.substr(f.rfind('/') == std::string::npos ? 0 : f.rfind('/') + 1);
  }
  if (line && is_int(line)) {
    std::string n;
    if (!str_text(t, line, &n)) return nullptr;
    where += (where.empty() ? "line " : ", line ") + n;
  }
  return make_str(where.empty() ? text : text + " (" + where + ")");
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): "[Errno 2] message: 'name'".
Object* os_error_field(BaseException* e, const char* name) {
  return e->dict ? dict_get_str(e->dict.get(), intern(name).get()) : nullptr;
}
Value os_error_str(Thread& t, BaseException* e) {
  std::string num, message, name, name2;
  if (!str_text(t, e->args->items[0].get(), &num) || !str_text(t, e->args->items[1].get(), &message)) return nullptr;
  std::string text = "[Errno " + num + "] " + message;
  Object* filename = os_error_field(e, "filename");
  if (filename && filename != None) {
    if (!repr_text(t, filename, &name)) return nullptr;
    text += ": " + name;
    Object* filename2 = os_error_field(e, "filename2");
    if (filename2 && filename2 != None) {
      if (!repr_text(t, filename2, &name2)) return nullptr;
      text += " -> " + name2;
    }
  }
  return make_str(text);
}

Value exc_str(Thread& t, Object* o) {
  if (o->type->is_subtype(exc::OSError) && E(o)->args->items.size() == 2) return os_error_str(t, E(o));
  if (o->type->is_subtype(exc::SyntaxError) && E(o)->dict && dict_get_str(E(o)->dict.get(), intern("msg").get())) {
    return syntax_error_str(t, E(o));
  }
  auto& args = E(o)->args->items;
  if (args.empty()) return make_str("");
  if (args.size() == 1) {
    // KeyError shows its key's repr: KeyError: 'x'.
    if (o->type->is_subtype(exc::KeyError)) return repr(t, args[0].get());
    return str(t, args[0].get());
  }
  return repr(t, E(o)->args.get());
}

Value exc_repr(Thread& t, Object* o) {
  auto& args = E(o)->args->items;
  std::string inner;
  if (args.size() == 1) {
    if (!repr_text(t, args[0].get(), &inner)) return nullptr;
  } else {
    if (!repr_text(t, E(o)->args.get(), &inner)) return nullptr;
    if (args.empty()) inner = "()";
    inner = inner.substr(1, inner.size() - 2);
  }
  return make_str(o->type->name + "(" + inner + ")");
}

Value exc_new(Thread& t, Type* type, const CallArgs& a) {
  std::vector<Value> args;
  for (size_t i = 0; i < a.nargs; ++i) args.push_back(Value::borrow(a.arg(i)));
  Value filename, filename2;
  if (type->is_subtype(exc::OSError) && args.size() >= 2 && args.size() <= 5) {
    if (type == exc::OSError && is_int(args[0].get())) {  // OSError(2, ...) is a FileNotFoundError
      int64_t err = 0;
      if (!as_index(t, args[0].get(), &err)) return nullptr;
      if (err == 2) type = exc::FileNotFoundError;
      if (err == 17) type = exc::FileExistsError;
      if (err == 20) type = exc::NotADirectoryError;
      if (err == 21) type = exc::IsADirectoryError;
    }
    if (args.size() >= 3) filename = args[2];
    if (args.size() == 5) filename2 = args[4];
    args.resize(2);
  }
  auto e = make<BaseException>(type, make_tuple(std::move(args)));
  if (filename) {
    e->dict = make_dict();
    dict_set_str(e->dict.get(), "filename", filename.get());
    if (filename2) dict_set_str(e->dict.get(), "filename2", filename2.get());
  }
  if (a.nkw() && type->is_builtin) {
    return t.raise(exc::TypeError, type->name + "() takes no keyword arguments");
  }
  // A class defined in Python runs its own __init__ (class_object.cpp calls it); nothing here.
  return e;
}

Value exc_getattr(Thread& t, Object* o, Str* name) {
  BaseException* e = E(o);
  const std::string& n = name->text;
  if (n == "args") return e->args;
  if (n == "__cause__") return e->cause ? e->cause : none();
  if (n == "__context__") return e->context ? e->context : none();
  if (n == "__suppress_context__") return boolean(e->suppress_context);
  if (n == "__traceback__") return traceback_object(e);
  if (e->dict) {
    if (Object* v = dict_get_str(e->dict.get(), name)) return Value::borrow(v);
  }
  if (o->type->is_subtype(exc::SyntaxError)) {
    if (n == "msg") return e->args->items.empty() ? none() : e->args->items[0];
    if (n == "filename" || n == "lineno" || n == "offset" || n == "text" || n == "end_lineno" || n == "end_offset" ||
        n == "print_file_and_line") {
      return none();
    }
  }
  if (o->type->is_subtype(exc::OSError)) {
    bool has_errno = e->args->items.size() == 2;
    if (n == "errno") return has_errno ? e->args->items[0] : none();
    if (n == "strerror") return has_errno ? e->args->items[1] : none();
    if (n == "filename" || n == "filename2") return none();
  }
  if (n == "value" && o->type->is_subtype(exc::StopIteration)) {
    return e->args->items.empty() ? none() : e->args->items[0];
  }
  if (n == "code" && o->type->is_subtype(exc::SystemExit)) {  // sys.exit(code)
    auto& args = e->args->items;
    return args.empty() ? none() : args.size() == 1 ? args[0] : Value(e->args);
  }
  return generic_getattr(t, o, name);
}

bool exc_setattr(Thread& t, Object* o, Str* name, Object* value) {
  BaseException* e = E(o);
  const std::string& n = name->text;
  if (n == "__cause__") {
    e->cause = value && value != None ? Value::borrow(value) : nullptr;
    e->suppress_context = true;
    return true;
  }
  if (n == "__context__") {
    e->context = value && value != None ? Value::borrow(value) : nullptr;
    return true;
  }
  if (n == "args") {
    std::vector<Value> items;
    if (!collect(t, value, &items)) return false;
    e->args = make_tuple(std::move(items));
    return true;
  }
  if (!e->dict) e->dict = make_dict();
  if (!value) return dict_del(t, e->dict.get(), name) > 0;
  return dict_set(t, e->dict.get(), name, value);
}

// BaseException.__init__(self, *args): what super().__init__(msg) calls.
Value exc_init(Thread&, Object* self, const CallArgs& a) {
  std::vector<Value> args;
  for (size_t i = 0; i < a.nargs; ++i) args.push_back(Value::borrow(a.arg(i)));
  E(self)->args = make_tuple(std::move(args));
  return none();
}

Value exc_with_traceback(Thread&, Object* self, const CallArgs&) { return Value::borrow(self); }

}  // namespace

void init_exception_types() {
  Type* base = exc::BaseException;
  base->repr = exc_repr;
  base->str = exc_str;
  base->construct = exc_new;
  base->getattr = exc_getattr;
  base->setattr = exc_setattr;
  base->hash = object_type->hash;
  base->compare = object_type->compare;
  add_method(base, "__init__", exc_init);
  add_method(base, "with_traceback", exc_with_traceback);
#define X(name, base_name) \
  if (exc::name != base) inherit_slots(exc::name);
  PY_EXCEPTION_TYPES(X)
#undef X
}

}  // namespace py
