// Running a `match` case's pattern (PEP 634) against the subject. The compiler describes the
// pattern in nested tuples (compiler.cpp, pattern_desc) and evaluates the values and classes it
// needs beforehand; captures go into numbered slots, which become the case's variables.
#include <algorithm>

#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

struct Matcher {
  Thread& t;
  Object* const* values;
  std::vector<Value> slots;

  static int64_t num(Object* o) { return cast<Int>(o)->small; }
  static const std::vector<Value>& items(Object* tuple) { return cast<Tuple>(tuple)->items; }

  static bool has_base(Type* ty, const char* name) {
    for (Type* m : ty->mro) {
      if (m->name == name) return true;
    }
    return false;
  }
  static bool is_sequence(Object* o) {
    Type* ty = o->type;
    if (ty->is_subtype(str_type) || is_bytes_like(o)) return false;
    return ty->is_subtype(list_type) || ty->is_subtype(tuple_type) || ty->is_subtype(range_type) ||
           has_base(ty, "collections.deque");
  }

  int match(Object* d, Object* subject) {  // 1 match, 0 no match, -1 error
    auto& f = items(d);
    switch (num(f[0].get())) {
      case 0: return 1;
      case 1: slots[static_cast<size_t>(num(f[1].get()))] = Value::borrow(subject); return 1;
      case 2: return equals(t, subject, values[num(f[1].get())]);
      case 3: return subject == values[num(f[1].get())];
      case 4: return sequence(f, subject);
      case 5: return mapping(f, subject);
      case 6: return class_pattern(f, subject);
      case 7: {
        int r = match(f[1].get(), subject);
        if (r == 1) slots[static_cast<size_t>(num(f[2].get()))] = Value::borrow(subject);
        return r;
      }
      case 8:
        for (auto& alt : items(f[1].get())) {
          int r = match(alt.get(), subject);
          if (r != 0) return r;
        }
        return 0;
    }
    return 0;
  }

  int sequence(const std::vector<Value>& f, Object* subject) {
    if (!is_sequence(subject)) return 0;
    std::vector<Value> got;
    if (!collect(t, subject, &got)) return -1;
    auto& pats = items(f[1].get());
    int64_t star = num(f[2].get()), star_slot = num(f[3].get());
    size_t n = pats.size();
    if (star < 0 ? got.size() != n : got.size() < n - 1) return 0;
    size_t extra = star < 0 ? 0 : got.size() - (n - 1);
    for (size_t i = 0; i < n; ++i) {
      if (static_cast<int64_t>(i) == star) {
        if (star_slot >= 0) {
          std::vector<Value> middle(got.begin() + static_cast<long>(i), got.begin() + static_cast<long>(i + extra));
          slots[static_cast<size_t>(star_slot)] = make_list(std::move(middle));
        }
        continue;
      }
      size_t at = star >= 0 && static_cast<int64_t>(i) > star ? i + extra - 1 : i;
      int r = match(pats[i].get(), got[at].get());
      if (r != 1) return r;
    }
    return 1;
  }

  int mapping(const std::vector<Value>& f, Object* subject) {
    if (!subject->type->is_subtype(dict_type)) return 0;
    auto* dict = cast<Dict>(subject);
    auto& keys = items(f[1].get());
    auto& pats = items(f[2].get());
    if (dict->used < keys.size()) return 0;
    std::vector<Object*> key_objs;
    for (size_t i = 0; i < keys.size(); ++i) {
      Object* key = values[num(keys[i].get())];
      for (Object* k : key_objs) {
        int same = equals(t, k, key);
        if (same < 0) return -1;
        if (same) {
          std::string r;
          if (!repr_text(t, key, &r)) return -1;
          t.raise(exc::ValueError, "mapping pattern checks duplicate key (" + r + ")");
          return -1;
        }
      }
      key_objs.push_back(key);
      Object* v = dict_get(t, dict, key);
      if (!v) return t.has_exception() ? -1 : 0;
      Value keep = Value::borrow(v);
      int r = match(pats[i].get(), v);
      if (r != 1) return r;
    }
    int64_t rest = num(f[3].get());
    if (rest >= 0) {
      auto copy = make_dict();
      for (auto& e : dict->entries) {
        if (e.key && !dict_set(t, copy.get(), e.key.get(), e.value.get())) return -1;
      }
      for (Object* k : key_objs) {
        if (dict_del(t, copy.get(), k) < 0) return -1;
      }
      slots[static_cast<size_t>(rest)] = copy;
    }
    return 1;
  }

  int class_pattern(const std::vector<Value>& f, Object* subject) {
    Object* cls = values[num(f[1].get())];
    if (cls->type != type_type) {
      t.raise(exc::TypeError, "called match pattern must be a type");
      return -1;
    }
    auto* type = cast<Type>(cls);
    if (!subject->type->is_subtype(type)) return 0;
    auto& pos = items(f[2].get());
    auto& kw_names = items(f[3].get());
    auto& kw_pats = items(f[4].get());
    std::vector<Value> attr_names;
    if (!pos.empty()) {
      // bool(x), int(x), str(x)…: one positional pattern matches the subject itself.
      static const char* self_types[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"};
      bool self_match = type->is_builtin && std::any_of(std::begin(self_types), std::end(self_types),
                                                         [&](const char* n) { return type->name == n; });
      if (self_match && pos.size() == 1) {
        int r = match(pos[0].get(), subject);
        if (r != 1) return r;
      } else {
        Value args = lookup_attr(t, cls, intern("__match_args__").get());
        if (!args && t.has_exception()) return -1;
        size_t allowed = 0;
        if (args) {
          if (args->type != tuple_type) {
            t.raise(exc::TypeError, type->name + ".__match_args__ must be a tuple (got " + type_name(args.get()) + ")");
            return -1;
          }
          allowed = items(args.get()).size();
        }
        if (pos.size() > allowed) {
          t.raise(exc::TypeError, type->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                      (allowed == 1 ? "" : "s") + " (" + std::to_string(pos.size()) + " given)");
          return -1;
        }
        for (size_t i = 0; i < pos.size(); ++i) {
          Object* name = items(args.get())[i].get();
          if (name->type != str_type) {
            t.raise(exc::TypeError, "__match_args__ elements must be strings (got " + type_name(name) + ")");
            return -1;
          }
          attr_names.push_back(Value::borrow(name));
        }
      }
    }
    std::vector<Object*> pats;
    for (size_t i = 0; i < attr_names.size(); ++i) pats.push_back(pos[i].get());
    for (size_t i = 0; i < kw_names.size(); ++i) {
      for (auto& seen : attr_names) {
        if (cast<Str>(seen.get())->text == cast<Str>(kw_names[i].get())->text) {
          t.raise(exc::TypeError, type->name + "() got multiple sub-patterns for attribute '" + cast<Str>(seen.get())->text + "'");
          return -1;
        }
      }
      attr_names.push_back(kw_names[i]);
      pats.push_back(kw_pats[i].get());
    }
    for (size_t i = 0; i < attr_names.size(); ++i) {
      Value v = lookup_attr(t, subject, cast<Str>(attr_names[i].get()));
      if (!v) return t.has_exception() ? -1 : 0;
      int r = match(pats[i], v.get());
      if (r != 1) return r;
    }
    return 1;
  }
};

}  // namespace

// MATCH_PATTERN: `desc` is (pattern, value count, slot count); `values` what the compiler
// evaluated for it. The captures as a tuple, None when the pattern fails, null on error.
Value match_pattern(Thread& t, Object* desc, Object* subject, Object* const* values) {
  auto& d = cast<Tuple>(desc)->items;
  Matcher m{t, values, {}};
  m.slots.resize(static_cast<size_t>(cast<Int>(d[2].get())->small));
  int r = m.match(d[0].get(), subject);
  if (r < 0) return nullptr;
  if (r == 0) return none();
  for (auto& s : m.slots) {
    if (!s) s = none();
  }
  return make_tuple(std::move(m.slots));
}

}  // namespace py
