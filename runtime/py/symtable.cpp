#include "py/symtable.hpp"

#include <algorithm>
#include <unordered_set>

namespace py {

using namespace ast;

NameScope Scope::scope_of(std::string_view name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  return kind == ScopeKind::Module ? NameScope::Global : NameScope::GlobalImplicit;
}

namespace {
template <class V>
bool contains(const V& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
void add_unique(std::vector<std::string>& v, std::string_view s) {
  if (!contains(v, s)) v.emplace_back(s);
}
// Appends `s` to `v` unless `seen` (the same names, hashed) has it: a scope with thousands of
// names stays linear (a search of `v` per new name made compiling a big module quadratic).
void add_unique(std::vector<std::string>& v, std::unordered_set<std::string>& seen, std::string_view s) {
  if (seen.emplace(s).second) v.emplace_back(s);
}
}  // namespace

// Pass 1 collects what each scope binds, declares and uses; pass 2 (resolve) decides.
class SymtableBuilder {
 public:
  explicit SymtableBuilder(Symtable& table) : table_(table) {}

  bool run(const ast::Module& m, SymtableError* error) {
    table_.root_ = std::make_unique<Scope>();
    table_.root_->kind = ScopeKind::Module;
    table_.root_->name = "<module>";
    table_.root_->node = &m;
    table_.by_node_[&m] = table_.root_.get();
    cur_ = table_.root_.get();
    for (Stmt* s : m.body) stmt(s);
    if (!error_.message.empty()) {
      *error = error_;
      return false;
    }
    resolve(table_.root_.get(), {});
    if (!error_.message.empty()) {
      *error = error_;
      return false;
    }
    return true;
  }

 private:
  Scope* open(ScopeKind kind, std::string name, const void* node) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->name = std::move(name);
    scope->node = node;
    scope->parent = cur_;
    Scope* raw = scope.get();
    cur_->children.push_back(std::move(scope));
    table_.by_node_[node] = raw;
    return raw;
  }

  void bind(std::string_view name) {
    if (contains(cur_->explicit_globals, name) || contains(cur_->nonlocals, name)) return;
    add_unique(cur_->locals, seen_[cur_].locals, name);
  }
  void use(std::string_view name) { add_unique(cur_->used, seen_[cur_].used, name); }
  void fail(std::string message, const Loc& loc) {
    if (error_.message.empty()) error_ = {std::move(message), loc.lineno, loc.col_offset + 1};
  }

  void stmts(const Seq<Stmt*>& body) {
    for (Stmt* s : body) stmt(s);
  }

  void arguments_defaults(Arguments* a) {
    for (Expr* e : a->defaults) expr(e);
    for (Expr* e : a->kw_defaults)
      if (e) expr(e);
    auto ann = [&](Arg* arg) {
      if (arg && arg->annotation) expr(arg->annotation);
    };
    for (Arg* p : a->posonlyargs) ann(p);
    for (Arg* p : a->args) ann(p);
    ann(a->vararg);
    for (Arg* p : a->kwonlyargs) ann(p);
    ann(a->kwarg);
  }
  void bind_params(Arguments* a) {
    auto param = [&](Arg* arg) {
      if (!arg) return;
      cur_->params.emplace_back(arg->arg);
      bind(arg->arg);
    };
    for (Arg* p : a->posonlyargs) param(p);
    for (Arg* p : a->args) param(p);
    for (Arg* p : a->kwonlyargs) param(p);
    param(a->vararg);
    param(a->kwarg);
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = as_function(s);
        for (Expr* d : f->decorator_list) expr(d);
        arguments_defaults(f->args);
        if (f->returns) expr(f->returns);
        bind(f->name);
        Scope* saved = cur_;
        cur_ = open(ScopeKind::Function, std::string(f->name), f);
        cur_->is_coroutine = s->kind == StmtKind::AsyncFunctionDef;
        bind_params(f->args);
        stmts(f->body);
        cur_ = saved;
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = as<ClassDef>(s);
        for (Expr* d : c->decorator_list) expr(d);
        for (Expr* b : c->bases) expr(b);
        for (Keyword* k : c->keywords) expr(k->value);
        bind(c->name);
        Scope* saved = cur_;
        cur_ = open(ScopeKind::Class, std::string(c->name), c);
        stmts(c->body);
        cur_ = saved;
        break;
      }
      case StmtKind::Return:
        if (auto* r = as<Return>(s); r->value) expr(r->value);
        break;
      case StmtKind::Delete:
        for (Expr* t : as<Delete>(s)->targets) expr(t);
        break;
      case StmtKind::Assign: {
        auto* a = as<Assign>(s);
        expr(a->value);
        for (Expr* t : a->targets) expr(t);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = as<AugAssign>(s);
        expr(a->value);
        expr(a->target);
        if (auto* n = as<Name>(a->target)) use(n->id);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = as<AnnAssign>(s);
        if (a->value) expr(a->value);
        expr(a->annotation);
        expr(a->target);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = as_for(s);
        expr(f->iter);
        expr(f->target);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = as<While>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = as<If>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = as_with(s);
        for (WithItem* item : w->items) {
          expr(item->context_expr);
          if (item->optional_vars) expr(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = as<Raise>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = as_try(s);
        stmts(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) bind(h->name);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = as<Assert>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : as<Import>(s)->names) {
          std::string_view n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          bind(n);
        }
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : as<ImportFrom>(s)->names) {
          if (a->name == "*") continue;
          bind(a->asname.empty() ? a->name : a->asname);
        }
        break;
      case StmtKind::Global:
        for (std::string_view n : as<Global>(s)->names) {
          if (contains(cur_->params, n)) fail("name '" + std::string(n) + "' is parameter and global", s->loc);
          if (contains(cur_->nonlocals, n)) fail("name '" + std::string(n) + "' is nonlocal and global", s->loc);
          if (contains(cur_->locals, n) || contains(cur_->used, n)) {
            bool assigned = contains(cur_->locals, n);
            fail("name '" + std::string(n) + "' is " + (assigned ? "assigned to" : "used") +
                     " prior to global declaration", s->loc);
          }
          add_unique(cur_->explicit_globals, n);
        }
        break;
      case StmtKind::Nonlocal:
        for (std::string_view n : as<Nonlocal>(s)->names) {
          if (cur_->kind == ScopeKind::Module) fail("nonlocal declaration not allowed at module level", s->loc);
          std::string name(n);
          if (contains(cur_->params, n)) fail("name '" + name + "' is parameter and nonlocal", s->loc);
          if (contains(cur_->explicit_globals, n)) fail("name '" + name + "' is nonlocal and global", s->loc);
          if (contains(cur_->locals, n)) fail("name '" + name + "' is assigned to before nonlocal declaration", s->loc);
          if (contains(cur_->used, n)) fail("name '" + name + "' is used prior to nonlocal declaration", s->loc);
          if (!contains(cur_->nonlocals, n)) cur_->nonlocal_locs.push_back({s->loc.lineno, s->loc.col_offset + 1});
          add_unique(cur_->nonlocals, n);
        }
        break;
      case StmtKind::Expr:
        expr(as<ExprStmt>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
      case StmtKind::Match: {
        auto* m = as<Match>(s);
        expr(m->subject);
        for (MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
    }
  }

  // A pattern's captures are stores; its values and classes are loads.
  void pattern(Pattern* p) {
    if (!p) return;
    if (p->value) expr(p->value);
    for (Expr* k : p->keys) expr(k);
    for (Pattern* q : p->patterns) pattern(q);
    for (Pattern* q : p->kwd_patterns) pattern(q);
    pattern(p->pattern);
    if (!p->name.empty()) bind(p->name);
  }

  void comprehension(const void* node, const char* name, const Seq<Comprehension*>& gens, Expr* a, Expr* b) {
    // The first iterable is evaluated in the enclosing scope; the rest inside the new one.
    expr(gens[0]->iter);
    Scope* saved = cur_;
    cur_ = open(ScopeKind::Comprehension, name, node);
    cur_->params.emplace_back(".0");
    bind(".0");
    for (size_t i = 0; i < gens.size(); ++i) {
      if (i > 0) expr(gens[i]->iter);
      expr(gens[i]->target);
      for (Expr* cond : gens[i]->ifs) expr(cond);
      if (gens[i]->is_async) cur_->is_coroutine = true;
    }
    if (a) expr(a);
    if (b) expr(b);
    if (node && static_cast<const Expr*>(node)->kind == ExprKind::GeneratorExp) cur_->is_generator = true;
    // An async list/set/dict comprehension is awaited where it stands: one around it is async too.
    bool awaited = cur_->is_coroutine && !cur_->is_generator;
    cur_ = saved;
    if (awaited && cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
  }

  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::BoolOp:
        for (Expr* v : as<BoolOp>(e)->values) expr(v);
        break;
      case ExprKind::NamedExpr: {
        auto* n = as<NamedExpr>(e);
        expr(n->value);
        // The walrus binds in the nearest enclosing non-comprehension scope.
        Scope* saved = cur_;
        Scope* owner = cur_;
        while (owner->kind == ScopeKind::Comprehension) owner = owner->parent;
        // In a module the name is a global of every comprehension on the way; in a function,
        // a variable of the function the comprehensions capture.
        while (cur_->kind == ScopeKind::Comprehension) {
          if (auto* t = as<Name>(n->target)) {
            if (owner->kind == ScopeKind::Module) {
              add_unique(cur_->explicit_globals, t->id);
            } else {
              if (!contains(cur_->nonlocals, t->id)) cur_->nonlocal_locs.push_back({n->loc.lineno, n->loc.col_offset + 1});
              add_unique(cur_->nonlocals, t->id);
            }
          }
          cur_ = cur_->parent;
        }
        expr(n->target);
        cur_ = saved;
        break;
      }
      case ExprKind::BinOp:
        expr(as<BinOp>(e)->left);
        expr(as<BinOp>(e)->right);
        break;
      case ExprKind::UnaryOp:
        expr(as<UnaryOpExpr>(e)->operand);
        break;
      case ExprKind::Lambda: {
        auto* l = as<Lambda>(e);
        arguments_defaults(l->args);
        Scope* saved = cur_;
        cur_ = open(ScopeKind::Function, "<lambda>", l);
        bind_params(l->args);
        expr(l->body);
        cur_ = saved;
        break;
      }
      case ExprKind::IfExp:
        expr(as<IfExp>(e)->test);
        expr(as<IfExp>(e)->body);
        expr(as<IfExp>(e)->orelse);
        break;
      case ExprKind::Dict:
        for (Expr* k : as<Dict>(e)->keys)
          if (k) expr(k);
        for (Expr* v : as<Dict>(e)->values) expr(v);
        break;
      case ExprKind::Set:
        for (Expr* v : as<Set>(e)->elts) expr(v);
        break;
      case ExprKind::ListComp:
        comprehension(e, "<listcomp>", as<ListComp>(e)->generators, as<ListComp>(e)->elt, nullptr);
        break;
      case ExprKind::SetComp:
        comprehension(e, "<setcomp>", as<SetComp>(e)->generators, as<SetComp>(e)->elt, nullptr);
        break;
      case ExprKind::DictComp:
        comprehension(e, "<dictcomp>", as<DictComp>(e)->generators, as<DictComp>(e)->key, as<DictComp>(e)->value);
        break;
      case ExprKind::GeneratorExp:
        comprehension(e, "<genexpr>", as<GeneratorExp>(e)->generators, as<GeneratorExp>(e)->elt, nullptr);
        break;
      case ExprKind::Await:
        expr(as<Await>(e)->value);
        if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;  // an async comprehension
        break;
      case ExprKind::Yield:
        cur_->is_generator = true;
        expr(as<Yield>(e)->value);
        break;
      case ExprKind::YieldFrom:
        cur_->is_generator = true;
        expr(as<YieldFrom>(e)->value);
        break;
      case ExprKind::Compare:
        expr(as<Compare>(e)->left);
        for (Expr* c : as<Compare>(e)->comparators) expr(c);
        break;
      case ExprKind::Call: {
        auto* c = as<Call>(e);
        expr(c->func);
        for (Expr* a : c->args) expr(a);
        for (Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case ExprKind::FormattedValue:
        expr(as<FormattedValue>(e)->value);
        expr(as<FormattedValue>(e)->format_spec);
        break;
      case ExprKind::JoinedStr:
        for (Expr* v : as<JoinedStr>(e)->values) expr(v);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        expr(as<Attribute>(e)->value);
        break;
      case ExprKind::Subscript:
        expr(as<Subscript>(e)->value);
        expr(as<Subscript>(e)->slice);
        break;
      case ExprKind::Starred:
        expr(as<Starred>(e)->value);
        break;
      case ExprKind::Name: {
        auto* n = as<Name>(e);
        if (n->ctx == Ctx::Load) {
          use(n->id);
          if (n->id == "super") use("__class__");
        } else {
          bind(n->id);
        }
        break;
      }
      case ExprKind::List:
        for (Expr* v : as<List>(e)->elts) expr(v);
        break;
      case ExprKind::Tuple:
        for (Expr* v : as<Tuple>(e)->elts) expr(v);
        break;
      case ExprKind::Slice:
        expr(as<Slice>(e)->lower);
        expr(as<Slice>(e)->upper);
        expr(as<Slice>(e)->step);
        break;
    }
  }

  // Decides every name of `scope`, given the names bound by enclosing function scopes.
  // Returns the names `scope` needs from outside (its free variables).
  std::vector<std::string> resolve(Scope* scope, const std::vector<std::string>& enclosing) {
    bool is_function = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension;
    for (auto& g : scope->explicit_globals) scope->resolved[g] = NameScope::Global;
    for (auto& l : scope->locals) scope->resolved[l] = NameScope::Local;
    std::vector<std::string> free;
    for (size_t i = 0; i < scope->nonlocals.size(); ++i) {
      const std::string& n = scope->nonlocals[i];
      // Only an enclosing function's variable can be nonlocal (not a global, not a class's).
      if (!contains(enclosing, n) || n == "__class__") {
        if (error_.message.empty()) {
          error_ = {"no binding for nonlocal '" + n + "' found", scope->nonlocal_locs[i].first, scope->nonlocal_locs[i].second};
        }
      }
      scope->resolved[n] = NameScope::Free;
      add_unique(free, n);
    }
    // What children can capture from here: our locals (functions only) plus what we see.
    std::vector<std::string> visible = enclosing;
    if (is_function) {
      std::unordered_set<std::string> seen(visible.begin(), visible.end());
      for (auto& l : scope->locals) add_unique(visible, seen, l);
    }
    if (scope->kind == ScopeKind::Class) add_unique(visible, "__class__");
    for (auto& child : scope->children) {
      for (auto& n : resolve(child.get(), visible)) {
        auto it = scope->resolved.find(n);
        if (scope->kind == ScopeKind::Class && n == "__class__") {
          add_unique(scope->cellvars, n);
          continue;
        }
        if (it != scope->resolved.end() && it->second == NameScope::Local && is_function) {
          it->second = NameScope::Cell;
          add_unique(scope->cellvars, n);
        } else if (it != scope->resolved.end() && it->second == NameScope::Cell) {
          // already a cell
        } else if (it == scope->resolved.end() || it->second == NameScope::Free ||
                   scope->kind == ScopeKind::Class) {
          if (it == scope->resolved.end() || it->second != NameScope::Local) scope->resolved[n] = NameScope::Free;
          add_unique(free, n);
          if (scope->kind == ScopeKind::Class) add_unique(scope->freevars, n);
        }
      }
    }
    for (auto& u : scope->used) {
      if (scope->resolved.count(u)) continue;
      if (contains(enclosing, u) && scope->kind != ScopeKind::Module) {
        scope->resolved[u] = NameScope::Free;
        add_unique(free, u);
      }
    }
    for (auto& n : free) add_unique(scope->freevars, n);
    std::sort(scope->cellvars.begin(), scope->cellvars.end());
    std::sort(scope->freevars.begin(), scope->freevars.end());
    // Names free here that are local in a class body are still taken from outside.
    return free;
  }

  // Pass 1's index of each scope's `locals` and `used` (kept out of Scope: only pass 1 needs it).
  struct SeenNames {
    std::unordered_set<std::string> locals, used;
  };
  Symtable& table_;
  Scope* cur_ = nullptr;
  std::unordered_map<const Scope*, SeenNames> seen_;
  SymtableError error_;
};

std::unique_ptr<Symtable> Symtable::build(const ast::Module& module, SymtableError* error) {
  auto table = std::unique_ptr<Symtable>(new Symtable());
  SymtableBuilder builder(*table);
  if (!builder.run(module, error)) return nullptr;
  return table;
}

Scope* Symtable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

}  // namespace py
