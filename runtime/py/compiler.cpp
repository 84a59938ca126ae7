#include "py/compiler.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "py/bytes_object.hpp"
#include "py/parser.hpp"
#include "py/symtable.hpp"

namespace py {

Object* ellipsis_object();  // object_type.cpp

using namespace ast;

namespace {

constexpr uint32_t kDictUpdate = 1u << 31;
constexpr uint32_t kConstantSet = 1u << 31;  // BUILD_SET flag: a display of constants  // DICT_MERGE flag: later keys win (a {**d} display)

struct Label {
  int pos = -1;
  std::vector<size_t> refs;  // instructions jumping here
};

// Blocks a break, continue or return must leave on its way out (CPython's fblocks).
struct FBlock {
  enum Kind { WhileLoop, ForLoop, TryExcept, Finally, Handler, With, AsyncWith, StarHandler } kind;
  int top = -1, end = -1;              // loops: label ids
  const Seq<Stmt*>* finalbody = nullptr;  // Finally: re-emitted inline on the way out
  std::string_view handler_name = {};  // Handler: `except E as name` is cleared on the way out
};

struct Unit {
  Ref<Code> code;
  Scope* scope = nullptr;
  std::unordered_map<std::string, int> varmap, derefmap, namemap, constmap;
  std::vector<Label> labels;
  std::vector<FBlock> fblocks;
  // The node being compiled: every instruction emitted gets its range (PEP 657 positions).
  Loc loc;
  std::vector<Position> positions;  // one per instruction; encoded into the code at the end
};

class CodeGen {
 public:
  CodeGen(const Source& source, Symtable& table) : source_(source), table_(table) {}

  CompileResult module(const ast::Module& m, bool eval_mode = false) {
    push_unit(table_.root(), eval_mode ? "<expression>" : "<module>", eval_mode ? "<expression>" : "<module>", 1);
    unit().code->flags |= kModule;
    if (eval_mode) {
      // eval(): one expression whose value the code returns.
      if (m.body.size() != 1 || m.body[0]->kind != StmtKind::Expr) {
        Loc loc = m.body.empty() ? Loc{1, 0, 1, 0} : m.body[0]->loc;
        syntax_error("invalid syntax", loc);
      } else {
        unit().loc = m.body[0]->loc;
        expr(as<ExprStmt>(m.body[0])->value);
        emit(Op::RETURN_VALUE);
      }
    } else {
      setup_annotations(m.body);
      for (Stmt* s : m.body) stmt(s);
      emit_const(none());
      emit(Op::RETURN_VALUE);
    }
    Ref<Code> code = pop_unit();
    if (error_) return {nullptr, error_};
    return {code, std::nullopt};
  }

 private:
  // ---- units ---------------------------------------------------------------------------------
  Unit& unit() { return *units_.back(); }

  void push_unit(Scope* scope, std::string name, std::string qualname, int line) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->code = make<Code>();
    u->code->name = std::move(name);
    u->code->qualname = std::move(qualname);
    u->code->filename = source_.name();
    u->code->first_line = line;
    u->loc = Loc{line, -1, line, -1};  // the prologue: the def's line, no columns
    if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension) {
      for (auto& p : scope->params) add_var(*u, p);
      for (auto& l : scope->locals) {
        if (scope->scope_of(l) == NameScope::Local || scope->scope_of(l) == NameScope::Cell) add_var(*u, l);
      }
    }
    for (auto& c : scope->cellvars) {
      u->derefmap[c] = static_cast<int>(u->code->cellvars.size());
      u->code->cellvars.push_back(intern(c));
    }
    for (auto& f : scope->freevars) {
      u->code->freevars.push_back(intern(f));
    }
    for (size_t i = 0; i < u->code->freevars.size(); ++i) {
      u->derefmap[u->code->freevars[i]->text] = static_cast<int>(u->code->cellvars.size() + i);
    }
    // Parameters that are also cells get their cell filled at entry.
    for (auto& c : scope->cellvars) {
      auto it = u->varmap.find(c);
      u->code->cell_of_arg.push_back(it != u->varmap.end() ? it->second : -1);
    }
    if (scope->is_generator) u->code->flags |= kGenerator;
    if (scope->is_coroutine) u->code->flags |= kCoroutine;
    units_.push_back(std::move(u));
  }

  Ref<Code> pop_unit() {
    Unit& u = unit();
    for (auto& label : u.labels) {
      for (size_t ref : label.refs) u.code->code[ref].arg = static_cast<uint32_t>(label.pos);
    }
    // (Code with a compile error is never run, and may be left unbalanced.)
    u.code->max_stack = error_ ? 0 : max_stack_depth(*u.code);
    u.code->positions = CodePositions::encode(u.positions);
    Ref<Code> code = u.code;
    units_.pop_back();
    return code;
  }

  static void add_var(Unit& u, const std::string& name) {
    if (u.varmap.count(name)) return;
    u.varmap[name] = static_cast<int>(u.code->varnames.size());
    u.code->varnames.push_back(intern(name));
  }

  // ---- emitting ------------------------------------------------------------------------------
  size_t emit(Op op, uint32_t arg = 0) {
    Code& c = *unit().code;
    c.code.push_back({op, arg});
    const Loc& at = unit().loc;
    c.lines.push_back(at.lineno);
    unit().positions.push_back({at.lineno, at.end_lineno, at.col_offset, at.end_col_offset});
    return c.code.size() - 1;
  }
  int new_label() {
    unit().labels.emplace_back();
    return static_cast<int>(unit().labels.size() - 1);
  }
  void place(int label) { unit().labels[label].pos = static_cast<int>(unit().code->code.size()); }
  void jump(Op op, int label) {
    size_t at = emit(op, 0);
    unit().labels[label].refs.push_back(at);
  }
  uint32_t add_const(Value v, const std::string& key) {
    auto& map = unit().constmap;
    if (!key.empty()) {
      auto it = map.find(key);
      if (it != map.end()) return it->second;
    }
    auto& consts = unit().code->consts;
    consts.push_back(std::move(v));
    uint32_t index = static_cast<uint32_t>(consts.size() - 1);
    if (!key.empty()) map[key] = index;
    return index;
  }
  void emit_const(Value v, const std::string& key = "") { emit(Op::LOAD_CONST, add_const(std::move(v), key)); }
  uint32_t name_index(std::string_view name) {
    auto& map = unit().namemap;
    std::string key(name);
    auto it = map.find(key);
    if (it != map.end()) return it->second;
    unit().code->names.push_back(intern(name));
    uint32_t index = static_cast<uint32_t>(unit().code->names.size() - 1);
    map[key] = index;
    return index;
  }

  // ---- errors --------------------------------------------------------------------------------
  void unsupported(const std::string& what, const Loc& loc) {
    if (error_) return;
    SyntaxError e;
    e.kind = ErrorKind::NotImplemented;
    e.message = what + " is not supported yet";
    e.line = loc.lineno;
    e.column = loc.col_offset + 1;
    e.text = std::string(source_.line(loc.lineno));
    error_ = e;
  }
  void syntax_error(const std::string& message, const Loc& loc) {
    if (error_) return;
    error_ = make_error(source_, ErrorKind::SyntaxError, message, loc.lineno, loc.col_offset, loc.end_lineno,
                        loc.end_col_offset);
  }

  // ---- names ---------------------------------------------------------------------------------
  enum class Access { Load, Store, Delete };
  void name_op(std::string_view name, Access access) {
    Scope* scope = unit().scope;
    NameScope ns = scope->scope_of(name);
    auto pick = [&](Op load, Op store, Op del) { return access == Access::Load ? load : access == Access::Store ? store : del; };
    std::string key(name);
    if (scope->kind == ScopeKind::Module) {
      emit(pick(Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME), name_index(name));
      return;
    }
    if (ns == NameScope::Cell || ns == NameScope::Free) {
      auto it = unit().derefmap.find(key);
      if (it != unit().derefmap.end()) {
        emit(pick(Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF), it->second);
        return;
      }
    }
    if (scope->kind == ScopeKind::Class) {
      emit(pick(Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME), name_index(name));
      return;
    }
    if (ns == NameScope::Local) {
      emit(pick(Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST), unit().varmap.at(key));
      return;
    }
    emit(pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL), name_index(name));
  }

  // ---- statements ----------------------------------------------------------------------------
  void stmts(const Seq<Stmt*>& body) {
    for (Stmt* s : body) stmt(s);
  }

  // A module or class body that annotates a simple name gets an `__annotations__` dict first
  // (CPython's SETUP_ANNOTATIONS); dataclasses and typing read it. Looks through if/for/while/
  // with/try bodies, not into nested defs, as CPython does.
  static bool has_annotations(const Seq<Stmt*>& body) {
    for (Stmt* s : body) {
      switch (s->kind) {
        case StmtKind::AnnAssign:
          return true;
        case StmtKind::If:
          if (has_annotations(as<If>(s)->body) || has_annotations(as<If>(s)->orelse)) return true;
          break;
        default:
          break;
      }
    }
    return false;
  }
  void setup_annotations(const Seq<Stmt*>& body) {
    if (!has_annotations(body)) return;
    emit(Op::BUILD_MAP, 0);
    name_op("__annotations__", Access::Store);
  }

  void stmt(Stmt* s) {
    if (error_) return;
    unit().loc = s->loc;
    switch (s->kind) {
      case StmtKind::Expr:
        expr(as<ExprStmt>(s)->value);
        emit(Op::POP_TOP);
        break;
      case StmtKind::Pass:
        break;
      case StmtKind::Assign: {
        auto* a = as<Assign>(s);
        expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::DUP_TOP);
          store(a->targets[i]);
        }
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = as<AnnAssign>(s);
        if (a->value) {
          expr(a->value);
          store(a->target);
        }
        ScopeKind k = unit().scope->kind;
        if (a->simple && a->target->kind == ExprKind::Name && (k == ScopeKind::Module || k == ScopeKind::Class)) {
          // __annotations__[name] = annotation (evaluated, as 3.11 does without the future import)
          expr(a->annotation);
          name_op("__annotations__", Access::Load);
          emit_const(make_str(std::string(as<Name>(a->target)->id)));
          emit(Op::STORE_SUBSCR);
        }
        break;
      }
      case StmtKind::AugAssign:
        aug_assign(as<AugAssign>(s));
        break;
      case StmtKind::Delete:
        for (Expr* t : as<Delete>(s)->targets) del(t);
        break;
      case StmtKind::If: {
        auto* i = as<If>(s);
        int orelse = new_label(), end = new_label();
        expr(i->test);
        jump(Op::POP_JUMP_IF_FALSE, orelse);
        stmts(i->body);
        if (!i->orelse.empty()) jump(Op::JUMP, end);
        place(orelse);
        stmts(i->orelse);
        place(end);
        break;
      }
      case StmtKind::While: {
        auto* w = as<While>(s);
        int top = new_label(), orelse = new_label(), end = new_label();
        place(top);
        expr(w->test);
        jump(Op::POP_JUMP_IF_FALSE, orelse);
        unit().fblocks.push_back({FBlock::WhileLoop, top, end});
        stmts(w->body);
        unit().fblocks.pop_back();
        unit().loc = s->loc;
        jump(Op::JUMP, top);
        place(orelse);
        stmts(w->orelse);
        place(end);
        break;
      }
      case StmtKind::For: {
        auto* f = as_for(s);
        int top = new_label(), exhausted = new_label(), end = new_label();
        expr(f->iter);
        emit(Op::GET_ITER);
        place(top);
        jump(Op::FOR_ITER, exhausted);
        store(f->target);
        unit().fblocks.push_back({FBlock::ForLoop, top, end});
        stmts(f->body);
        unit().fblocks.pop_back();
        unit().loc = s->loc;
        jump(Op::JUMP, top);
        place(exhausted);
        stmts(f->orelse);
        place(end);
        break;
      }
      case StmtKind::Break:
      case StmtKind::Continue:
        break_continue(s);
        break;
      case StmtKind::Match:
        match_stmt(as<Match>(s));
        break;
      case StmtKind::Return: {
        auto* r = as<Return>(s);
        if (unit().scope->kind == ScopeKind::Module || unit().scope->kind == ScopeKind::Class) {
          syntax_error("'return' outside function", s->loc);
          return;
        }
        if (in_star_handler()) {
          syntax_error("'break', 'continue' and 'return' cannot appear in an except* block", s->loc);
          return;
        }
        if (r->value && (unit().code->flags & (kCoroutine | kGenerator)) == (kCoroutine | kGenerator)) {
          syntax_error("'return' with value in async generator", s->loc);
          return;
        }
        if (r->value) expr(r->value);
        else emit_const(none(), "None");
        unwind_all();
        unit().loc = s->loc;
        emit(Op::RETURN_VALUE);
        break;
      }
      case StmtKind::FunctionDef:
        function_def(as_function(s), false);
        break;
      case StmtKind::AsyncFunctionDef:
        function_def(as_function(s), true);
        break;
      case StmtKind::ClassDef:
        class_def(as<ClassDef>(s));
        break;
      case StmtKind::Raise: {
        auto* r = as<Raise>(s);
        uint32_t n = 0;
        if (r->exc) {
          expr(r->exc);
          n = 1;
          if (r->cause) {
            expr(r->cause);
            n = 2;
          }
        }
        unit().loc = s->loc;
        emit(Op::RAISE, n);
        break;
      }
      case StmtKind::Try:
        try_stmt(as_try(s));
        break;
      case StmtKind::TryStar:
        try_stmt(as_try(s), true);
        break;
      case StmtKind::Assert: {
        auto* a = as<Assert>(s);
        int ok = new_label();
        expr(a->test);
        jump(Op::POP_JUMP_IF_TRUE, ok);
        unit().loc = assert_raise_loc(a->test, s->loc);
        name_op("AssertionError", Access::Load);
        if (a->msg) {
          expr(a->msg);
          emit(Op::CALL, 1);
        }
        emit(Op::RAISE, 1);
        place(ok);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : as<Import>(s)->names) {
          emit(Op::IMPORT_NAME, name_index(a->name));
          if (a->asname.empty()) {
            if (size_t dot = a->name.find('.'); dot != std::string_view::npos) {
              // `import a.b` imports a.b (a clear ModuleNotFoundError unless it exists), binds `a`.
              emit(Op::POP_TOP);
              emit(Op::IMPORT_NAME, name_index(a->name.substr(0, dot)));
              name_op(a->name.substr(0, dot), Access::Store);
              continue;
            }
            name_op(a->name, Access::Store);
          } else {
            name_op(a->asname, Access::Store);
          }
        }
        break;
      case StmtKind::ImportFrom: {
        auto* f = as<ImportFrom>(s);
        if (f->level > 0) {
          unsupported("relative import", s->loc);
          return;
        }
        emit(Op::IMPORT_NAME, name_index(f->module));
        for (Alias* a : f->names) {
          if (a->name == "*") {
            if (!(unit().code->flags & kModule)) {
              unsupported("'from … import *' outside the module level", s->loc);
              return;
            }
            emit(Op::IMPORT_FROM, name_index("*"));  // the VM binds the public names (import_star)
            emit(Op::POP_TOP);
            continue;
          }
          emit(Op::IMPORT_FROM, name_index(a->name));
          name_op(a->asname.empty() ? a->name : a->asname, Access::Store);
        }
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        break;  // decided by the symtable
      case StmtKind::With:
        with_stmt(as_with(s), 0);
        break;
      case StmtKind::AsyncWith:
        if (!in_async_function()) {
          syntax_error("'async with' outside async function", s->loc);
          return;
        }
        async_with_stmt(as_with(s), 0);
        break;
      case StmtKind::AsyncFor:
        if (!in_async_function()) {
          syntax_error("'async for' outside async function", s->loc);
          return;
        }
        async_for_stmt(s);
        break;
    }
  }

  // As CPython: reading and storing the target point at the target, the operation at the
  // whole statement.
  void aug_assign(AugAssign* a) {
    uint32_t op = static_cast<uint32_t>(binary_op(a->op));
    Loc statement = unit().loc, target = a->target->loc;
    if (auto* n = as<Name>(a->target)) {
      unit().loc = target;
      name_op(n->id, Access::Load);
      unit().loc = statement;
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      unit().loc = target;
      name_op(n->id, Access::Store);
    } else if (auto* at = as<Attribute>(a->target)) {
      unit().loc = at_attribute(target, at);
      expr(at->value);
      emit(Op::DUP_TOP);
      emit(Op::LOAD_ATTR, name_index(at->attr));
      unit().loc = statement;
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      unit().loc = at_attribute(target, at);
      emit(Op::ROT_TWO);
      emit(Op::STORE_ATTR, name_index(at->attr));
    } else if (auto* sub = as<Subscript>(a->target)) {
      unit().loc = target;
      expr(sub->value);
      expr(sub->slice);
      emit(Op::DUP_TOP_TWO);
      emit(Op::BINARY_SUBSCR);
      unit().loc = statement;
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      unit().loc = target;
      emit(Op::ROT_THREE);
      emit(Op::STORE_SUBSCR);
    }
    unit().loc = statement;
  }

  // Leaves the fblocks between here and the innermost loop (break/continue) or all (return).
  void unwind_block(const FBlock& b, bool preserve_top = false) {
    switch (b.kind) {
      case FBlock::TryExcept:
        emit(Op::POP_BLOCK);
        break;
      case FBlock::Finally: {
        emit(Op::POP_BLOCK);
        stmts(*b.finalbody);  // runs inline, with the blocks inside it already left
        break;
      }
      case FBlock::StarHandler:  // break/continue/return cannot leave it (a SyntaxError)
      case FBlock::Handler:
        emit(Op::POP_EXCEPT);
        if (!b.handler_name.empty()) clear_name(b.handler_name);
        break;
      case FBlock::With:
      case FBlock::AsyncWith:
        // Leaving the body: __exit__(None, None, None) (below a return value, if any).
        emit(Op::POP_BLOCK);
        if (preserve_top) emit(Op::ROT_TWO);
        call_exit_none(b.kind == FBlock::AsyncWith);
        break;
      case FBlock::WhileLoop:
        break;
      case FBlock::ForLoop:
        // A return drops the loop's iterator from under the value, so that blocks further out
        // (a `with`'s __exit__) find their own entries just below it.
        if (preserve_top) {
          emit(Op::ROT_TWO);
          emit(Op::POP_TOP);
        }
        break;
    }
  }

  void call_exit_none(bool is_async = false) {
    emit_const(none(), "None");
    emit_const(none(), "None");
    emit_const(none(), "None");
    emit(Op::CALL, 3);
    if (is_async) await_top(2);
    emit(Op::POP_TOP);
  }

  // `await TOS`: its awaitable iterator, delegated to with None sent first (as `yield from`).
  void await_top(uint32_t where) {
    emit(Op::GET_AWAITABLE, where);
    emit_const(none(), "None");
    emit(Op::YIELD_FROM);
  }

  bool in_async_function() {
    return unit().scope->kind == ScopeKind::Function && (unit().code->flags & kCoroutine);
  }

  // `async with a as x, b as y: body`: as `with`, with __aenter__() and __aexit__() awaited.
  void async_with_stmt(With* w, size_t i) {
    if (i == w->items.size()) {
      stmts(w->body);
      return;
    }
    WithItem* item = w->items[i];
    int handler = new_label(), end = new_label();
    expr(item->context_expr);
    unit().loc = w->loc;
    emit(Op::BEFORE_ASYNC_WITH);  // stack: __aexit__, __aenter__()
    await_top(1);
    jump(Op::SETUP_ASYNC_WITH, handler);
    if (item->optional_vars) store(item->optional_vars);
    else emit(Op::POP_TOP);
    unit().fblocks.push_back({FBlock::AsyncWith});
    async_with_stmt(w, i + 1);
    unit().fblocks.pop_back();
    unit().loc = w->loc;
    emit(Op::POP_BLOCK);
    call_exit_none(true);
    jump(Op::JUMP, end);
    place(handler);  // stack: __aexit__, exception
    int suppress = new_label();
    emit(Op::WITH_EXCEPT);
    await_top(2);
    jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    place(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    place(end);
  }

  // `async for`: awaits aiter.__anext__() each round; StopAsyncIteration (END_ASYNC_FOR) ends it.
  void async_for_stmt(Stmt* s) {
    auto* f = as_for(s);
    int top = new_label(), exhausted = new_label(), end = new_label();
    expr(f->iter);
    unit().loc = s->loc;
    emit(Op::GET_AITER);
    place(top);
    jump(Op::SETUP_EXCEPT, exhausted);
    emit(Op::GET_ANEXT);
    emit_const(none(), "None");
    emit(Op::YIELD_FROM);
    emit(Op::POP_BLOCK);
    store(f->target);
    unit().fblocks.push_back({FBlock::ForLoop, top, end});
    stmts(f->body);
    unit().fblocks.pop_back();
    unit().loc = s->loc;
    jump(Op::JUMP, top);
    place(exhausted);
    emit(Op::END_ASYNC_FOR);
    stmts(f->orelse);
    place(end);
  }

  // `with a as x, b as y: body` is `with a as x: with b as y: body`.
  void with_stmt(With* w, size_t i) {
    if (i == w->items.size()) {
      stmts(w->body);
      return;
    }
    WithItem* item = w->items[i];
    int handler = new_label(), end = new_label();
    expr(item->context_expr);
    unit().loc = w->loc;
    jump(Op::SETUP_WITH, handler);  // stack: __exit__, __enter__()
    if (item->optional_vars) store(item->optional_vars);
    else emit(Op::POP_TOP);
    unit().fblocks.push_back({FBlock::With});
    with_stmt(w, i + 1);
    unit().fblocks.pop_back();
    unit().loc = w->loc;
    emit(Op::POP_BLOCK);
    call_exit_none();
    jump(Op::JUMP, end);
    place(handler);  // stack: __exit__, exception
    int suppress = new_label();
    emit(Op::WITH_EXCEPT);
    jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    place(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    place(end);
  }

  void unwind_all() {
    // The return value stays on top of any loop iterators: RETURN_VALUE takes only the top.
    auto blocks = unit().fblocks;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
      unit().fblocks.pop_back();
      unwind_block(*it, true);
    }
    unit().fblocks = blocks;
  }

  void break_continue(Stmt* s) {
    bool is_break = s->kind == StmtKind::Break;
    auto blocks = unit().fblocks;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
      if (it->kind == FBlock::StarHandler) {
        unit().fblocks = blocks;
        syntax_error("'break', 'continue' and 'return' cannot appear in an except* block", s->loc);
        return;
      }
      if (it->kind == FBlock::WhileLoop || it->kind == FBlock::ForLoop) {
        if (is_break) {
          if (it->kind == FBlock::ForLoop) emit(Op::POP_TOP);  // the iterator
          jump(Op::JUMP, it->end);
        } else {
          jump(Op::JUMP, it->top);
        }
        unit().fblocks = blocks;
        return;
      }
      unit().fblocks.pop_back();
      unwind_block(*it);
    }
    unit().fblocks = blocks;
    syntax_error(is_break ? "'break' outside loop" : "'continue' not properly in loop", s->loc);
  }

  void clear_name(std::string_view name) {
    emit_const(none(), "None");
    name_op(name, Access::Store);
    name_op(name, Access::Delete);
  }

  void try_stmt(Try* t, bool star = false) {
    if (!t->finalbody.empty()) {
      int on_exception = new_label(), end = new_label();
      jump(Op::SETUP_EXCEPT, on_exception);
      unit().fblocks.push_back({FBlock::Finally, -1, -1, &t->finalbody});
      if (star) try_except_star(t);
      else if (!t->handlers.empty()) try_except(t);
      else stmts(t->body);
      unit().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      stmts(t->finalbody);
      jump(Op::JUMP, end);
      place(on_exception);
      stmts(t->finalbody);
      emit(Op::RERAISE);
      place(end);
      return;
    }
    if (star) try_except_star(t);
    else try_except(t);
  }

  // try/except*: each handler takes its part of what is left (EG_MATCH); what the handlers
  // raise is collected, and EG_RERAISE raises the combination with what none handled.
  void try_except_star(Try* t) {
    int handlers = new_label(), end = new_label();
    jump(Op::SETUP_EXCEPT, handlers);
    unit().fblocks.push_back({FBlock::TryExcept});
    stmts(t->body);
    unit().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    stmts(t->orelse);
    jump(Op::JUMP, end);
    place(handlers);  // stack: the exception
    emit(Op::EG_PREPARE);  // stack: orig, results, rest
    for (ExceptHandler* h : t->handlers) {
      unit().loc = h->loc;
      int next = new_label(), raised = new_label();
      expr(h->type);
      jump(Op::EG_MATCH, next);  // stack: orig, results, rest, match
      if (!h->name.empty()) name_op(h->name, Access::Store);
      else emit(Op::POP_TOP);
      jump(Op::SETUP_EXCEPT, raised);
      unit().fblocks.push_back({FBlock::StarHandler, -1, -1, nullptr, h->name});
      stmts(h->body);
      unit().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT);
      if (!h->name.empty()) clear_name(h->name);
      jump(Op::JUMP, next);
      place(raised);  // stack: orig, results, rest, what the handler raised
      emit(Op::EG_COLLECT);
      if (!h->name.empty()) clear_name(h->name);
      place(next);
    }
    emit(Op::EG_RERAISE);
    place(end);
  }

  bool in_star_handler() {
    for (auto& b : unit().fblocks) {
      if (b.kind == FBlock::StarHandler) return true;
    }
    return false;
  }

  void try_except(Try* t) {
    int handlers = new_label(), end = new_label();
    jump(Op::SETUP_EXCEPT, handlers);
    unit().fblocks.push_back({FBlock::TryExcept});
    stmts(t->body);
    unit().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    stmts(t->orelse);
    jump(Op::JUMP, end);
    place(handlers);  // stack: the exception
    for (size_t i = 0; i < t->handlers.size(); ++i) {
      ExceptHandler* h = t->handlers[i];
      unit().loc = h->loc;
      int next = new_label();
      if (h->type) {
        expr(h->type);  // CHECK_EXC_MATCH keeps the exception below its result
        emit(Op::CHECK_EXC_MATCH);
        jump(Op::POP_JUMP_IF_FALSE, next);
      } else if (i + 1 < t->handlers.size()) {
        syntax_error("default 'except:' must be last", h->loc);
        return;
      }
      if (!h->name.empty()) name_op(h->name, Access::Store);
      else emit(Op::POP_TOP);
      unit().fblocks.push_back({FBlock::Handler, -1, -1, nullptr, h->name});
      stmts(h->body);
      unit().fblocks.pop_back();
      emit(Op::POP_EXCEPT);
      if (!h->name.empty()) clear_name(h->name);
      jump(Op::JUMP, end);
      place(next);
    }
    emit(Op::RERAISE);
    place(end);
  }

  // ---- match (PEP 634) --------------------------------------------------------------------------
  // Each case: the values and classes its pattern needs are evaluated onto the stack above a copy
  // of the subject; MATCH_PATTERN runs the pattern (a description in nested tuples, see
  // match_pattern.cpp) and leaves the tuple of captured values, or None.
  // The capture or wildcard that makes `p` always match, or null.
  static Pattern* irrefutable(Pattern* p) {
    if (p->kind == PatternKind::MatchAs) return p->pattern ? irrefutable(p->pattern) : p;
    if (p->kind == PatternKind::MatchOr) {
      for (Pattern* q : p->patterns) {
        if (Pattern* r = irrefutable(q)) return r;
      }
    }
    return nullptr;
  }
  void unreachable_error(Pattern* q) {
    syntax_error(q->name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                                 : "name capture '" + std::string(q->name) + "' makes remaining patterns unreachable",
                 q->loc);
  }

  void match_stmt(Match* m) {
    for (size_t i = 0; i + 1 < m->cases.size(); ++i) {
      if (m->cases[i]->guard) continue;
      if (Pattern* q = irrefutable(m->cases[i]->pattern)) return unreachable_error(q);
    }
    expr(m->subject);
    int end = new_label();
    for (MatchCase* c : m->cases) {
      int fail = new_label(), next = new_label();
      std::vector<std::string_view> names;
      uint32_t nvalues = 0;
      unit().loc = c->pattern->loc;
      emit(Op::DUP_TOP);
      Value desc = pattern_desc(c->pattern, names, nvalues);
      if (error_) return;
      emit_const(make_tuple({desc, make_int(nvalues), make_int(static_cast<int64_t>(names.size()))}));
      emit(Op::MATCH_PATTERN, nvalues);
      emit(Op::DUP_TOP);
      emit_const(none(), "None");
      emit(Op::IS_OP, 0);
      jump(Op::POP_JUMP_IF_TRUE, fail);
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(names.size()));
      for (std::string_view n : names) name_op(n, Access::Store);
      if (c->guard) {
        expr(c->guard);
        jump(Op::POP_JUMP_IF_FALSE, next);
      }
      emit(Op::POP_TOP);
      stmts(c->body);
      jump(Op::JUMP, end);
      place(fail);
      emit(Op::POP_TOP);
      place(next);
    }
    emit(Op::POP_TOP);
    place(end);
  }

  uint32_t capture_slot(std::string_view name, std::vector<std::string_view>& names, const Loc& loc, bool allow_repeat) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) {
        if (!allow_repeat) syntax_error("multiple assignments to name '" + std::string(name) + "' in pattern", loc);
        return static_cast<uint32_t>(i);
      }
    }
    names.push_back(name);
    return static_cast<uint32_t>(names.size() - 1);
  }

  // Kinds: 0 wildcard, 1 capture, 2 value, 3 singleton, 4 sequence, 5 mapping, 6 class, 7 as, 8 or.
  Value pattern_desc(Pattern* p, std::vector<std::string_view>& names, uint32_t& nvalues, bool in_or = false) {
    auto list = [&](const Seq<Pattern*>& ps) {
      std::vector<Value> items;
      for (Pattern* q : ps) items.push_back(pattern_desc(q, names, nvalues, in_or));
      return make_tuple(std::move(items));
    };
    auto value = [&](Expr* e) {
      expr(e);
      return make_int(nvalues++);
    };
    switch (p->kind) {
      case PatternKind::MatchAs: {
        if (!p->pattern && p->name.empty()) return make_tuple({make_int(0)});
        uint32_t slot = 0;
        Value sub = p->pattern ? pattern_desc(p->pattern, names, nvalues, in_or) : nullptr;
        slot = capture_slot(p->name, names, p->loc, in_or);
        if (!p->pattern) return make_tuple({make_int(1), make_int(slot)});
        return make_tuple({make_int(7), sub, make_int(slot)});
      }
      case PatternKind::MatchValue: return make_tuple({make_int(2), value(p->value)});
      case PatternKind::MatchSingleton: return make_tuple({make_int(3), value(p->value)});
      case PatternKind::MatchSequence: {
        int64_t star = -1, star_slot = -1;
        std::vector<Value> items;
        for (size_t i = 0; i < p->patterns.size(); ++i) {
          Pattern* q = p->patterns[i];
          if (q->kind == PatternKind::MatchStar) {
            if (star >= 0) syntax_error("multiple starred names in sequence pattern", p->loc);
            star = static_cast<int64_t>(i);
            if (!q->name.empty()) star_slot = capture_slot(q->name, names, q->loc, in_or);
            items.push_back(make_tuple({make_int(0)}));
          } else {
            items.push_back(pattern_desc(q, names, nvalues, in_or));
          }
        }
        return make_tuple({make_int(4), make_tuple(std::move(items)), make_int(star), make_int(star_slot)});
      }
      case PatternKind::MatchMapping: {
        std::vector<Value> keys;
        for (Expr* k : p->keys) keys.push_back(value(k));
        Value subs = list(p->patterns);
        int64_t rest = p->name.empty() ? int64_t{-1} : int64_t{capture_slot(p->name, names, p->loc, in_or)};
        return make_tuple({make_int(5), make_tuple(std::move(keys)), subs, make_int(rest)});
      }
      case PatternKind::MatchClass: {
        Value cls = value(p->value);
        Value pos = list(p->patterns);
        std::vector<Value> kw;
        for (std::string_view n : p->kwd_attrs) kw.push_back(intern(n));
        Value kwp = list(p->kwd_patterns);
        return make_tuple({make_int(6), cls, pos, make_tuple(std::move(kw)), kwp});
      }
      case PatternKind::MatchOr: {
        // Every alternative binds the same names, into the same slots.
        std::vector<Value> alts;
        size_t before = names.size();
        std::vector<std::string_view> first;
        for (size_t i = 0; i < p->patterns.size(); ++i) {
          if (i + 1 < p->patterns.size()) {
            if (Pattern* q = irrefutable(p->patterns[i])) unreachable_error(q);
          }
          alts.push_back(pattern_desc(p->patterns[i], names, nvalues, true));
          std::vector<std::string_view> bound(names.begin() + static_cast<long>(before), names.end());
          if (i == 0) {
            first = bound;
          } else if (bound.size() != first.size()) {
            syntax_error("alternative patterns bind different names", p->patterns[i]->loc);
          }
        }
        return make_tuple({make_int(8), make_tuple(std::move(alts))});
      }
      case PatternKind::MatchStar:
        syntax_error("can't use starred name here", p->loc);
        return none();
    }
    return none();
  }

  // Calls the decorators (on the stack under the new function or class), innermost first; a
  // failing one points at its own `@` line.
  void apply_decorators(const Seq<Expr*>& decorators) {
    for (size_t i = decorators.size(); i-- > 0;) {
      unit().loc = decorators[i]->loc;
      emit(Op::CALL, 1);
    }
  }

  // The range CPython gives an assert's raise: the last comparison its test jumps on (tests
  // of `not`, `and`/`or` and `x if c else y` are compiled as jumps), else the statement's.
  static Loc assert_raise_loc(Expr* test, Loc loc) {
    switch (test->kind) {
      case ExprKind::UnaryOp:
        if (as<UnaryOpExpr>(test)->op == UnaryOp::Not) return assert_raise_loc(as<UnaryOpExpr>(test)->operand, loc);
        return loc;
      case ExprKind::BoolOp:
        for (Expr* v : as<BoolOp>(test)->values) loc = assert_raise_loc(v, loc);
        return loc;
      case ExprKind::IfExp: {
        auto* i = as<IfExp>(test);
        return assert_raise_loc(i->orelse, assert_raise_loc(i->body, assert_raise_loc(i->test, loc)));
      }
      case ExprKind::Compare:
        return test->loc;
      default:
        return loc;
    }
  }

  // Compiles a function body into a new Code and leaves the function object on the stack.
  void function_def(FunctionDef* f, bool) {
    for (Expr* d : f->decorator_list) expr(d);
    if (!f->body.empty() && f->body[0]->kind == StmtKind::Expr) {
      Expr* first = as<ExprStmt>(f->body[0])->value;
      if (first->kind == ExprKind::Constant && as<Constant>(first)->ck == ConstKind::Str) pending_doc_ = as<Constant>(first);
    }
    pending_returns_ = f->returns;
    make_function(f, f->args, std::string(f->name), [&] {
      // A docstring is the first constant, as CPython's co_consts[0].
      stmts(f->body);
      emit_const(none(), "None");
      emit(Op::RETURN_VALUE);
    });
    apply_decorators(f->decorator_list);
    name_op(f->name, Access::Store);
  }

  std::string qualname_for(const std::string& name) {
    Unit& u = unit();
    if (u.scope->kind == ScopeKind::Module) return name;
    if (u.scope->kind == ScopeKind::Function || u.scope->kind == ScopeKind::Comprehension) {
      return u.code->qualname + ".<locals>." + name;
    }
    return u.code->qualname + "." + name;
  }

  // Evaluates a def's annotations into a dict (3.11 evaluates them at definition time); false
  // when there are none.
  bool annotations(Arguments* args, const void*) {
    Expr* returns = std::exchange(pending_returns_, nullptr);
    uint32_t n = 0;
    auto one = [&](Arg* a) {
      if (!a || !a->annotation) return;
      emit_const(intern(a->arg));
      expr(a->annotation);
      ++n;
    };
    for (Arg* a : args->posonlyargs) one(a);
    for (Arg* a : args->args) one(a);
    one(args->vararg);
    for (Arg* a : args->kwonlyargs) one(a);
    one(args->kwarg);
    if (returns) {
      emit_const(intern("return"));
      expr(returns);
      ++n;
    }
    if (n) emit(Op::BUILD_MAP, n);
    return n > 0;
  }

  template <class Body>
  void make_function(const void* node, Arguments* args, std::string name, Body body) {
    uint32_t flags = 0;
    if (args) {
      if (!args->defaults.empty()) {
        for (Expr* d : args->defaults) expr(d);
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
        flags |= 1;
      }
      uint32_t nkw = 0;
      for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        emit_const(intern(args->kwonlyargs[i]->arg));
        expr(args->kw_defaults[i]);
        ++nkw;
      }
      if (nkw) {
        emit(Op::BUILD_MAP, nkw);
        flags |= 2;
      }
    }
    if (args && annotations(args, node)) flags |= 8;
    Scope* scope = table_.scope_for(node);
    std::string qualname = qualname_for(name);
    int line = unit().loc.lineno;
    push_unit(scope, name, qualname, line);
    // consts[0] is the docstring or None, as CPython's co_consts[0] (function.__doc__ reads it).
    if (pending_doc_) {
      add_const(make_str(std::string(pending_doc_->s)), "");
      pending_doc_ = nullptr;
    } else {
      add_const(none(), "None");
    }
    if (args) {
      Code& c = *unit().code;
      c.posonlyargcount = static_cast<int>(args->posonlyargs.size());
      c.argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
      c.kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
      if (args->vararg) c.flags |= kVarArgs;
      if (args->kwarg) c.flags |= kVarKeywords;
    } else {
      unit().code->argcount = 1;  // comprehension: the iterator .0
    }
    body();
    Ref<Code> code = pop_unit();
    if (!code->freevars.empty()) {
      for (auto& fv : code->freevars) {
        auto it = unit().derefmap.find(fv->text);
        if (it == unit().derefmap.end()) {
          unsupported("this closure", Loc{line, 0, 0, 0});
          return;
        }
        emit(Op::LOAD_CLOSURE, it->second);
      }
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
      flags |= 4;
    }
    emit_const(code);
    emit(Op::MAKE_FUNCTION, flags);
  }

  void class_def(ClassDef* c) {
    for (Expr* d : c->decorator_list) expr(d);
    emit(Op::LOAD_BUILD_CLASS);
    std::string name(c->name);
    make_function(c, nullptr, name, [&] {
      unit().code->argcount = 0;
      name_op("__name__", Access::Load);
      name_op("__module__", Access::Store);
      emit_const(make_str(unit().code->qualname));
      name_op("__qualname__", Access::Store);
      // A docstring becomes __doc__ (dataclasses, inspect.getdoc and help texts read it).
      if (!c->body.empty() && c->body[0]->kind == StmtKind::Expr) {
        Expr* first = as<ExprStmt>(c->body[0])->value;
        if (first->kind == ExprKind::Constant && as<Constant>(first)->ck == ConstKind::Str) {
          expr(first);
          name_op("__doc__", Access::Store);
        }
      }
      setup_annotations(c->body);
      stmts(c->body);
      if (unit().derefmap.count("__class__")) {
        emit(Op::LOAD_CLOSURE, unit().derefmap["__class__"]);
      } else {
        emit_const(none(), "None");
      }
      emit(Op::RETURN_VALUE);
    });
    emit_const(make_str(name));
    for (Expr* b : c->bases) {
      if (b->kind == ExprKind::Starred) {
        unsupported("a starred class base", b->loc);
        return;
      }
      expr(b);
    }
    // Class keywords (metaclass=…, and the ones passed on to __init_subclass__/the metaclass)
    // go to __build_class__ as keyword arguments.
    std::vector<Value> kwnames;
    for (Keyword* k : c->keywords) {
      if (k->arg.empty()) {
        unsupported("a class keyword argument given as **mapping", c->loc);
        return;
      }
      expr(k->value);
      kwnames.push_back(intern(k->arg));
    }
    unit().loc = c->loc;
    if (kwnames.empty()) {
      emit(Op::CALL, static_cast<uint32_t>(2 + c->bases.size()));
    } else {
      emit_const(make_tuple(std::move(kwnames)));
      emit(Op::CALL_KW, static_cast<uint32_t>(2 + c->bases.size() + c->keywords.size()));
    }
    apply_decorators(c->decorator_list);
    name_op(c->name, Access::Store);
  }

  // CPython points an attribute access (or a method call) whose name is on a later line than
  // where `loc` starts at that name: `obj\n    .method()` fails on the `.method()` line.
  static Loc at_attribute(Loc loc, const Attribute* a) {
    if (loc.lineno == a->loc.end_lineno) return loc;
    loc.lineno = a->loc.end_lineno;
    int len = 0;  // CPython counts the name in code points here, though columns are bytes
    for (unsigned char ch : a->attr) len += (ch & 0xC0) != 0x80;
    if (len <= a->loc.end_col_offset) {
      loc.col_offset = a->loc.end_col_offset - len;
    } else {
      loc.col_offset = loc.end_col_offset = -1;
    }
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno) loc.end_col_offset = std::max(loc.col_offset, loc.end_col_offset);
    return loc;
  }

  // ---- targets -------------------------------------------------------------------------------
  void store(Expr* target) {
    Loc saved_loc = unit().loc;
    switch (target->kind) {
      case ExprKind::Name:
        unit().loc = target->loc;
        name_op(as<Name>(target)->id, Access::Store);
        break;
      case ExprKind::Attribute: {
        auto* a = as<Attribute>(target);
        expr(a->value);
        unit().loc = at_attribute(target->loc, a);
        emit(Op::STORE_ATTR, name_index(a->attr));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(target);
        expr(s->value);
        expr(s->slice);
        unit().loc = target->loc;
        emit(Op::STORE_SUBSCR);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const Seq<Expr*>& elts = target->kind == ExprKind::Tuple ? as<ast::Tuple>(target)->elts : as<ast::List>(target)->elts;
        size_t star = SIZE_MAX;
        for (size_t i = 0; i < elts.size(); ++i) {
          if (elts[i]->kind != ExprKind::Starred) continue;
          if (star != SIZE_MAX) {
            syntax_error("multiple starred expressions in assignment", elts[i]->loc);
            return;
          }
          star = i;
        }
        unit().loc = target->loc;  // a wrong number of values points at the targets
        if (star == SIZE_MAX) {
          emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
          for (Expr* e : elts) store(e);
          break;
        }
        emit(Op::UNPACK_EX, static_cast<uint32_t>(star | ((elts.size() - star - 1) << 8)));
        for (Expr* e : elts) store(e->kind == ExprKind::Starred ? as<Starred>(e)->value : e);
        break;
      }
      case ExprKind::Starred:
        syntax_error("starred assignment target must be in a list or tuple", target->loc);
        break;
      default:
        unsupported("this assignment target", target->loc);
    }
    unit().loc = saved_loc;
  }

  void del(Expr* target) {
    Loc saved_loc = unit().loc;
    unit().loc = target->loc;
    switch (target->kind) {
      case ExprKind::Name:
        name_op(as<Name>(target)->id, Access::Delete);
        break;
      case ExprKind::Attribute:
        expr(as<Attribute>(target)->value);
        emit(Op::DELETE_ATTR, name_index(as<Attribute>(target)->attr));
        break;
      case ExprKind::Subscript:
        expr(as<Subscript>(target)->value);
        expr(as<Subscript>(target)->slice);
        emit(Op::DELETE_SUBSCR);
        break;
      case ExprKind::Tuple:
        for (Expr* e : as<ast::Tuple>(target)->elts) del(e);
        break;
      case ExprKind::List:
        for (Expr* e : as<ast::List>(target)->elts) del(e);
        break;
      default:
        unsupported("this 'del' target", target->loc);
    }
    unit().loc = saved_loc;
  }

  // ---- expressions ---------------------------------------------------------------------------
  static BinaryOp binary_op(Operator op) {
    switch (op) {
      case Operator::Add: return BinaryOp::Add;
      case Operator::Sub: return BinaryOp::Sub;
      case Operator::Mult: return BinaryOp::Mul;
      case Operator::MatMult: return BinaryOp::MatMul;
      case Operator::Div: return BinaryOp::TrueDiv;
      case Operator::Mod: return BinaryOp::Mod;
      case Operator::Pow: return BinaryOp::Pow;
      case Operator::LShift: return BinaryOp::LShift;
      case Operator::RShift: return BinaryOp::RShift;
      case Operator::BitOr: return BinaryOp::Or;
      case Operator::BitXor: return BinaryOp::Xor;
      case Operator::BitAnd: return BinaryOp::And;
      case Operator::FloorDiv: return BinaryOp::FloorDiv;
    }
    return BinaryOp::Add;
  }

  void constant(Constant* c) {
    switch (c->ck) {
      case ConstKind::None: emit_const(none(), "None"); break;
      case ConstKind::True: emit_const(boolean(true), "True"); break;
      case ConstKind::False: emit_const(boolean(false), "False"); break;
      case ConstKind::Int: emit_const(make_int(c->i), "i" + std::to_string(c->i)); break;
      case ConstKind::BigInt: {
        auto big = BigInt::parse(c->s, 10, 0);
        emit_const(make_int(big ? std::move(*big) : BigInt(0)));
        break;
      }
      case ConstKind::Float: emit_const(make_float(c->f)); break;
      case ConstKind::Str: emit_const(make_str(std::string(c->s)), "s" + std::string(c->s)); break;
      case ConstKind::Ellipsis: emit_const(Value::borrow(ellipsis_object()), "..."); break;
      case ConstKind::Complex: unsupported("the complex number type", c->loc); break;
      case ConstKind::Bytes: emit_const(make_bytes(std::string(c->s)), "b" + std::string(c->s)); break;
    }
  }

  void expr(Expr* e) {
    if (error_ || !e) return;
    Loc saved_loc = unit().loc;
    unit().loc = e->loc;
    switch (e->kind) {
      case ExprKind::Constant:
        constant(as<Constant>(e));
        break;
      case ExprKind::Name:
        name_op(as<Name>(e)->id, Access::Load);
        break;
      case ExprKind::BinOp: {
        auto* b = as<BinOp>(e);
        expr(b->left);
        expr(b->right);
        unit().loc = e->loc;
        emit(Op::BINARY_OP, static_cast<uint32_t>(binary_op(b->op)));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = as<UnaryOpExpr>(e);
        expr(u->operand);
        switch (u->op) {
          case UnaryOp::Invert: emit(Op::UNARY_INVERT); break;
          case UnaryOp::Not: emit(Op::UNARY_NOT); break;
          case UnaryOp::UAdd: emit(Op::UNARY_POSITIVE); break;
          case UnaryOp::USub: emit(Op::UNARY_NEGATIVE); break;
        }
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = as<BoolOp>(e);
        int end = new_label();
        for (size_t i = 0; i < b->values.size(); ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size()) {
            jump(b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
          }
        }
        place(end);
        break;
      }
      case ExprKind::Compare:
        compare(as<Compare>(e));
        break;
      case ExprKind::IfExp: {
        auto* i = as<IfExp>(e);
        int orelse = new_label(), end = new_label();
        expr(i->test);
        jump(Op::POP_JUMP_IF_FALSE, orelse);
        expr(i->body);
        jump(Op::JUMP, end);
        place(orelse);
        expr(i->orelse);
        place(end);
        break;
      }
      case ExprKind::Call:
        call(as<Call>(e));
        break;
      case ExprKind::Attribute:
        expr(as<Attribute>(e)->value);
        unit().loc = at_attribute(e->loc, as<Attribute>(e));
        emit(Op::LOAD_ATTR, name_index(as<Attribute>(e)->attr));
        break;
      case ExprKind::Subscript:
        expr(as<Subscript>(e)->value);
        expr(as<Subscript>(e)->slice);
        unit().loc = e->loc;
        emit(Op::BINARY_SUBSCR);
        break;
      case ExprKind::Slice: {
        auto* s = as<ast::Slice>(e);
        auto part = [&](Expr* x) {
          if (x) expr(x);
          else emit_const(none(), "None");
        };
        part(s->lower);
        part(s->upper);
        if (s->step) {
          expr(s->step);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        break;
      }
      case ExprKind::Tuple:
        sequence(as<ast::Tuple>(e)->elts, Op::BUILD_TUPLE, true);
        break;
      case ExprKind::List:
        sequence(as<ast::List>(e)->elts, Op::BUILD_LIST, false);
        break;
      case ExprKind::Dict: {
        auto* d = as<ast::Dict>(e);
        bool unpacks = false;
        for (Expr* k : d->keys) unpacks |= k == nullptr;
        if (!unpacks) {
          for (size_t i = 0; i < d->keys.size(); ++i) {
            expr(d->keys[i]);
            expr(d->values[i]);
          }
          emit(Op::BUILD_MAP, static_cast<uint32_t>(d->keys.size()));
          break;
        }
        emit(Op::BUILD_MAP, 0);
        for (size_t i = 0; i < d->keys.size(); ++i) {
          if (d->keys[i]) {
            expr(d->keys[i]);
            expr(d->values[i]);
            emit(Op::BUILD_MAP, 1);
          } else {
            expr(d->values[i]);
          }
          emit(Op::DICT_MERGE, 1 | kDictUpdate);
        }
        break;
      }
      case ExprKind::JoinedStr: {
        auto* j = as<JoinedStr>(e);
        if (j->values.empty()) {
          emit_const(make_str(""), "s");
          break;
        }
        for (Expr* v : j->values) expr(v);
        if (j->values.size() > 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = as<FormattedValue>(e);
        expr(f->value);
        uint32_t conv = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
        if (f->format_spec) {
          expr(f->format_spec);
          conv |= 4;
        }
        emit(Op::FORMAT_VALUE, conv);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = as<Lambda>(e);
        make_function(l, l->args, "<lambda>", [&] {
          expr(l->body);
          emit(Op::RETURN_VALUE);
        });
        break;
      }
      case ExprKind::ListComp:
        comprehension(e, "<listcomp>", as<ListComp>(e)->generators, as<ListComp>(e)->elt, nullptr, Comp::List);
        break;
      case ExprKind::DictComp:
        comprehension(e, "<dictcomp>", as<DictComp>(e)->generators, as<DictComp>(e)->key, as<DictComp>(e)->value, Comp::Dict);
        break;
      case ExprKind::SetComp:
        comprehension(e, "<setcomp>", as<SetComp>(e)->generators, as<SetComp>(e)->elt, nullptr, Comp::Set);
        break;
      case ExprKind::Set:
        set_display(as<ast::Set>(e)->elts);
        break;
      case ExprKind::GeneratorExp:
        comprehension(e, "<genexpr>", as<GeneratorExp>(e)->generators, as<GeneratorExp>(e)->elt, nullptr, Comp::Gen);
        break;
      case ExprKind::Await: {
        ScopeKind k = unit().scope->kind;
        if (k == ScopeKind::Module || k == ScopeKind::Class) {
          syntax_error("'await' outside function", e->loc);
          break;
        }
        if (k == ScopeKind::Function && !(unit().code->flags & kCoroutine)) {
          syntax_error("'await' outside async function", e->loc);
          break;
        }
        expr(as<Await>(e)->value);
        unit().loc = e->loc;
        await_top(0);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (unit().scope->kind == ScopeKind::Comprehension) {
          const std::string& n = unit().code->name;
          std::string what = n == "<listcomp>" ? "list comprehension" : n == "<setcomp>" ? "set comprehension"
                             : n == "<dictcomp>" ? "dict comprehension" : "generator expression";
          syntax_error("'yield' inside " + what, e->loc);
          break;
        }
        if (unit().scope->kind != ScopeKind::Function) {
          syntax_error("'yield' outside function", e->loc);
          break;
        }
        bool is_async = unit().code->flags & kCoroutine;
        if (is_async && e->kind == ExprKind::YieldFrom) {
          syntax_error("'yield from' inside async function", e->loc);
          break;
        }
        if (e->kind == ExprKind::Yield) {
          if (as<Yield>(e)->value) expr(as<Yield>(e)->value);
          else emit_const(none(), "None");
          unit().loc = e->loc;
          emit(Op::YIELD_VALUE, is_async ? 1 : 0);  // 1: an async generator's own yield
        } else {
          expr(as<YieldFrom>(e)->value);
          unit().loc = e->loc;
          emit(Op::GET_ITER);
          emit_const(none(), "None");
          emit(Op::YIELD_FROM);
        }
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = as<NamedExpr>(e);
        expr(n->value);
        emit(Op::DUP_TOP);
        store(n->target);
        break;
      }
      case ExprKind::Starred:
        syntax_error("can't use starred expression here", e->loc);
        break;
    }
    unit().loc = saved_loc;
  }

  // sole_star_of_call: f(*x), where a non-iterable x is reported as f's argument.
  void sequence(const Seq<Expr*>& elts, Op build, bool is_tuple, bool sole_star_of_call = false) {
    bool starred = false;
    for (Expr* x : elts) starred |= x->kind == ExprKind::Starred;
    if (!starred) {
      for (Expr* x : elts) expr(x);
      emit(build, static_cast<uint32_t>(elts.size()));
      return;
    }
    emit(Op::BUILD_LIST, 0);
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        expr(as<Starred>(x)->value);
        emit(Op::LIST_EXTEND, sole_star_of_call ? 1 | (1u << 31) : 1);
      } else {
        expr(x);
        emit(Op::LIST_APPEND, 1);
      }
    }
    if (is_tuple) emit(Op::LIST_TO_TUPLE);
  }

  void compare(Compare* c) {
    expr(c->left);
    size_t n = c->ops.size();
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i < n; ++i) {
      expr(c->comparators[i]);
      if (i + 1 < n) {
        emit(Op::DUP_TOP);
        emit(Op::ROT_THREE);
      }
      unit().loc = c->loc;
      compare_op(c->ops[i]);
      if (i + 1 < n) jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (n > 1) {
      jump(Op::JUMP, end);
      place(cleanup);
      emit(Op::ROT_TWO);
      emit(Op::POP_TOP);
      place(end);
    }
  }

  void compare_op(CmpOp op) {
    switch (op) {
      case CmpOp::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); break;
      case CmpOp::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne)); break;
      case CmpOp::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); break;
      case CmpOp::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); break;
      case CmpOp::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); break;
      case CmpOp::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); break;
      case CmpOp::Is: emit(Op::IS_OP, 0); break;
      case CmpOp::IsNot: emit(Op::IS_OP, 1); break;
      case CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
      case CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
    }
  }

  void call(Call* c) {
    expr(c->func);
    bool star = false;
    for (Expr* a : c->args) star |= a->kind == ExprKind::Starred;
    for (Keyword* k : c->keywords) star |= k->arg.empty();
    if (star) {
      sequence(c->args, Op::BUILD_TUPLE, true, /*sole_star_of_call=*/c->args.size() == 1);
      if (!c->keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (Keyword* k : c->keywords) {
          if (k->arg.empty()) {
            expr(k->value);
            emit(Op::DICT_MERGE, 1);
          } else {
            emit_const(intern(k->arg));
            expr(k->value);
            emit(Op::BUILD_MAP, 1);
            emit(Op::DICT_MERGE, 1);
          }
        }
        unit().loc = c->loc;
        emit(Op::CALL_EX, 1);
      } else {
        unit().loc = c->loc;
        emit(Op::CALL_EX, 0);
      }
      return;
    }
    for (Expr* a : c->args) expr(a);
    // A method call's CALL points at the method's name when that is on a later line (CPython's
    // LOAD_METHOD path, which a call with * or ** doesn't take).
    Loc call_loc = c->func->kind == ExprKind::Attribute ? at_attribute(c->loc, as<Attribute>(c->func)) : c->loc;
    if (c->keywords.empty()) {
      unit().loc = call_loc;
      emit(Op::CALL, static_cast<uint32_t>(c->args.size()));
      return;
    }
    std::vector<Value> names;
    for (Keyword* k : c->keywords) {
      expr(k->value);
      names.push_back(intern(k->arg));
    }
    emit_const(make_tuple(std::move(names)));
    unit().loc = call_loc;
    emit(Op::CALL_KW, static_cast<uint32_t>(c->args.size() + c->keywords.size()));
  }

  enum class Comp { List, Dict, Set, Gen };

  void set_display(const Seq<Expr*>& elts) {
    bool starred = false;
    for (Expr* x : elts) starred |= x->kind == ExprKind::Starred;
    if (!starred) {
      // CPython folds a display of 3+ constants into a frozenset constant, which is rebuilt
      // once (in its table order) when constants are merged: flag it, so the order matches.
      bool constant = elts.size() > 2;
      for (Expr* x : elts) {
        Expr* v = x->kind == ExprKind::UnaryOp ? as<UnaryOpExpr>(x)->operand : x;
        constant &= v->kind == ExprKind::Constant;
      }
      for (Expr* x : elts) expr(x);
      emit(Op::BUILD_SET, static_cast<uint32_t>(elts.size()) | (constant ? kConstantSet : 0));
      return;
    }
    emit(Op::BUILD_SET, 0);
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        expr(as<Starred>(x)->value);
        emit(Op::SET_UPDATE, 1);
      } else {
        expr(x);
        emit(Op::SET_ADD, 1);
      }
    }
  }

  void comprehension(Expr* e, const char* name, const Seq<Comprehension*>& gens, Expr* elt, Expr* value, Comp kind) {
    // An async comprehension (`async for` or `await` inside) is a coroutine awaited where it
    // stands; an async generator expression is an async generator.
    Scope* comp_scope = table_.scope_for(e);
    bool is_async = comp_scope && comp_scope->is_coroutine;
    if (is_async && kind != Comp::Gen && !in_async_function() && unit().scope->kind != ScopeKind::Comprehension) {
      syntax_error("asynchronous comprehension outside of an asynchronous function", e->loc);
      return;
    }
    make_function(e, nullptr, name, [&] {
      if (kind == Comp::Gen) unit().code->flags |= kGenerator;
      else emit(kind == Comp::Dict ? Op::BUILD_MAP : kind == Comp::Set ? Op::BUILD_SET : Op::BUILD_LIST, 0);
      std::vector<int> tops, exits;
      for (size_t i = 0; i < gens.size(); ++i) {
        if (i == 0) {
          emit(Op::LOAD_FAST, 0);  // .0: the first iterator, evaluated outside
        } else {
          expr(gens[i]->iter);
          emit(gens[i]->is_async ? Op::GET_AITER : Op::GET_ITER);
        }
        int top = new_label(), exit = new_label();
        place(top);
        if (gens[i]->is_async) {
          jump(Op::SETUP_EXCEPT, exit);
          emit(Op::GET_ANEXT);
          emit_const(none(), "None");
          emit(Op::YIELD_FROM);
          emit(Op::POP_BLOCK);
        } else {
          jump(Op::FOR_ITER, exit);
        }
        store(gens[i]->target);
        for (Expr* cond : gens[i]->ifs) {
          expr(cond);
          jump(Op::POP_JUMP_IF_FALSE, top);
        }
        tops.push_back(top);
        exits.push_back(exit);
      }
      uint32_t depth = static_cast<uint32_t>(gens.size()) + 1;
      expr(elt);
      switch (kind) {
        case Comp::Dict: expr(value); emit(Op::MAP_ADD, depth); break;
        case Comp::Set: emit(Op::SET_ADD, depth); break;
        case Comp::List: emit(Op::LIST_APPEND, depth); break;
        case Comp::Gen: emit(Op::YIELD_VALUE, is_async ? 1 : 0); emit(Op::POP_TOP); break;
      }
      for (size_t i = gens.size(); i-- > 0;) {
        jump(Op::JUMP, tops[i]);
        place(exits[i]);
        if (gens[i]->is_async) emit(Op::END_ASYNC_FOR);
      }
      if (kind == Comp::Gen) emit_const(none(), "None");
      emit(Op::RETURN_VALUE);
    });
    expr(gens[0]->iter);
    emit(gens[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (is_async && kind != Comp::Gen) await_top(0);
  }

  const Source& source_;
  Symtable& table_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::optional<SyntaxError> error_;
  Constant* pending_doc_ = nullptr;  // the docstring of the function being compiled next
  Expr* pending_returns_ = nullptr;  // the return annotation of the function compiled next
};

}  // namespace

CompileResult compile_module(const ast::Module& module, const Source& source, bool eval_mode) {
  SymtableError serr;
  auto table = Symtable::build(module, &serr);
  if (!table) {
    SyntaxError e;
    e.message = serr.message;
    e.line = serr.line;
    e.column = serr.col;
    e.text = std::string(source.line(serr.line));
    return {nullptr, e};
  }
  CodeGen gen(source, *table);
  return gen.module(module, eval_mode);
}

CompileResult compile_source(const Source& source, bool eval_mode) {
  ast::Arena arena;
  ParseResult parsed = parse_module(source, arena);
  if (!parsed.module) return {nullptr, parsed.error};
  return compile_module(*parsed.module, source, eval_mode);
}

}  // namespace py
