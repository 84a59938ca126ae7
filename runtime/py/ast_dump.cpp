// dump(): the text of CPython 3.11's ast.dump(tree) with default arguments (fields by name,
// optional fields omitted when None, no positions). The parser's oracle test compares it.
#include <string>

#include "py/ast.hpp"
#include "py/ast_repr.hpp"
#include "py/parser.hpp"

namespace py {

using namespace ast;

namespace {

class Dumper {
 public:
  std::string out;
  bool attributes = false;  // ast.dump(..., include_attributes=True)

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

 private:
  // Node writer: open("Name"), then field("id") before each value, then close().
  struct Fields {
    bool first = true;
  };
  std::vector<Fields> stack_;
  void open(const char* name) {
    out += name;
    out += '(';
    stack_.push_back({});
  }
  void field(const char* name) {
    if (!stack_.back().first) out += ", ";
    stack_.back().first = false;
    out += name;
    out += '=';
  }
  void close() {
    out += ')';
    stack_.pop_back();
  }
  // Closes a node that has positions (stmt, expr, arg, keyword, alias, excepthandler).
  void close(const Loc& l) {
    if (attributes) {
      field("lineno");
      out += std::to_string(l.lineno);
      field("col_offset");
      out += std::to_string(l.col_offset);
      field("end_lineno");
      out += std::to_string(l.end_lineno);
      field("end_col_offset");
      out += std::to_string(l.end_col_offset);
    }
    close();
  }
  void str(std::string_view s) { out += repr_str(s); }

  template <class T, class F>
  void list(const Seq<T>& items, F each) {
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      each(items[i]);
    }
    out += ']';
  }
  void exprs(const Seq<Expr*>& v) {
    list(v, [&](Expr* e) { expr_or_none(e); });
  }
  void stmts(const Seq<Stmt*>& v) {
    list(v, [&](Stmt* s) { stmt(s); });
  }
  void expr_or_none(Expr* e) {
    if (e) expr(e);
    else out += "None";
  }
  void opt(const char* name, Expr* e) {
    if (!e) return;
    field(name);
    expr(e);
  }
  void ctx(Ctx c) { out += c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()"; }
  void simple(const char* name) {
    out += name;
    out += "()";
  }

  void arg(Arg* a) {
    open("arg");
    field("arg");
    str(a->arg);
    opt("annotation", a->annotation);
    close(a->loc);
  }
  void arguments(Arguments* a) {
    open("arguments");
    field("posonlyargs");
    list(a->posonlyargs, [&](Arg* x) { arg(x); });
    field("args");
    list(a->args, [&](Arg* x) { arg(x); });
    if (a->vararg) {
      field("vararg");
      arg(a->vararg);
    }
    field("kwonlyargs");
    list(a->kwonlyargs, [&](Arg* x) { arg(x); });
    field("kw_defaults");
    exprs(a->kw_defaults);
    if (a->kwarg) {
      field("kwarg");
      arg(a->kwarg);
    }
    field("defaults");
    exprs(a->defaults);
    close();
  }
  void keyword(Keyword* k) {
    open("keyword");
    if (!k->arg.empty()) {
      field("arg");
      str(k->arg);
    }
    field("value");
    expr(k->value);
    close(k->loc);
  }
  void keywords(const Seq<Keyword*>& v) {
    list(v, [&](Keyword* k) { keyword(k); });
  }
  void alias(Alias* a) {
    open("alias");
    field("name");
    str(a->name);
    if (!a->asname.empty()) {
      field("asname");
      str(a->asname);
    }
    close(a->loc);
  }
  void comprehensions(const Seq<Comprehension*>& v) {
    list(v, [&](Comprehension* c) {
      open("comprehension");
      field("target");
      expr(c->target);
      field("iter");
      expr(c->iter);
      field("ifs");
      exprs(c->ifs);
      field("is_async");
      out += c->is_async ? "1" : "0";
      close();
    });
  }

  void constant(Constant* c) {
    switch (c->ck) {
      case ConstKind::None: out += "None"; break;
      case ConstKind::True: out += "True"; break;
      case ConstKind::False: out += "False"; break;
      case ConstKind::Ellipsis: out += "Ellipsis"; break;
      case ConstKind::Int: out += std::to_string(c->i); break;
      case ConstKind::BigInt: out += c->s; break;
      case ConstKind::Float: out += repr_float(c->f); break;
      case ConstKind::Complex: out += repr_imag(c->f); break;
      case ConstKind::Str: str(c->s); break;
      case ConstKind::Bytes: out += repr_bytes(c->s); break;
    }
  }

  void expr(Expr* e) {
    open(name_of(e->kind));
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = static_cast<BoolOp*>(e);
        field("op");
        simple(n->op == BoolOpKind::And ? "And" : "Or");
        field("values");
        exprs(n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        field("target");
        expr(n->target);
        field("value");
        expr(n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = static_cast<BinOp*>(e);
        field("left");
        expr(n->left);
        field("op");
        simple(name_of(n->op));
        field("right");
        expr(n->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = static_cast<UnaryOpExpr*>(e);
        field("op");
        simple(name_of(n->op));
        field("operand");
        expr(n->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = static_cast<Lambda*>(e);
        field("args");
        arguments(n->args);
        field("body");
        expr(n->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = static_cast<IfExp*>(e);
        field("test");
        expr(n->test);
        field("body");
        expr(n->body);
        field("orelse");
        expr(n->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* n = static_cast<Dict*>(e);
        field("keys");
        exprs(n->keys);
        field("values");
        exprs(n->values);
        break;
      }
      case ExprKind::Set:
        field("elts");
        exprs(static_cast<Set*>(e)->elts);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        // Same layout for the three.
        auto* n = static_cast<ListComp*>(e);
        field("elt");
        expr(n->elt);
        field("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* n = static_cast<DictComp*>(e);
        field("key");
        expr(n->key);
        field("value");
        expr(n->value);
        field("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::Await:
        field("value");
        expr(static_cast<Await*>(e)->value);
        break;
      case ExprKind::Yield:
        opt("value", static_cast<Yield*>(e)->value);
        break;
      case ExprKind::YieldFrom:
        field("value");
        expr(static_cast<YieldFrom*>(e)->value);
        break;
      case ExprKind::Compare: {
        auto* n = static_cast<Compare*>(e);
        field("left");
        expr(n->left);
        field("ops");
        list(n->ops, [&](CmpOp op) { simple(name_of(op)); });
        field("comparators");
        exprs(n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* n = static_cast<Call*>(e);
        field("func");
        expr(n->func);
        field("args");
        exprs(n->args);
        field("keywords");
        keywords(n->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = static_cast<FormattedValue*>(e);
        field("value");
        expr(n->value);
        field("conversion");
        out += std::to_string(n->conversion);
        opt("format_spec", n->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        field("values");
        exprs(static_cast<JoinedStr*>(e)->values);
        break;
      case ExprKind::Constant: {
        auto* n = static_cast<Constant*>(e);
        field("value");
        constant(n);
        if (n->u_prefix) {
          field("kind");
          out += "'u'";
        }
        break;
      }
      case ExprKind::Attribute: {
        auto* n = static_cast<Attribute*>(e);
        field("value");
        expr(n->value);
        field("attr");
        str(n->attr);
        field("ctx");
        ctx(n->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto* n = static_cast<Subscript*>(e);
        field("value");
        expr(n->value);
        field("slice");
        expr(n->slice);
        field("ctx");
        ctx(n->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto* n = static_cast<Starred*>(e);
        field("value");
        expr(n->value);
        field("ctx");
        ctx(n->ctx);
        break;
      }
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        field("id");
        str(n->id);
        field("ctx");
        ctx(n->ctx);
        break;
      }
      case ExprKind::List:
        field("elts");
        exprs(static_cast<List*>(e)->elts);
        field("ctx");
        ctx(static_cast<List*>(e)->ctx);
        break;
      case ExprKind::Tuple:
        field("elts");
        exprs(static_cast<Tuple*>(e)->elts);
        field("ctx");
        ctx(static_cast<Tuple*>(e)->ctx);
        break;
      case ExprKind::Slice: {
        auto* n = static_cast<Slice*>(e);
        opt("lower", n->lower);
        opt("upper", n->upper);
        opt("step", n->step);
        break;
      }
    }
    close(e->loc);
  }

  void body_fields(const Seq<Stmt*>& body, const Seq<Stmt*>& orelse) {
    field("body");
    stmts(body);
    field("orelse");
    stmts(orelse);
  }

  void stmt(Stmt* s) {
    open(name_of(s->kind));
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* n = static_cast<FunctionDef*>(s);
        field("name");
        str(n->name);
        field("args");
        arguments(n->args);
        field("body");
        stmts(n->body);
        field("decorator_list");
        exprs(n->decorator_list);
        opt("returns", n->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = static_cast<ClassDef*>(s);
        field("name");
        str(n->name);
        field("bases");
        exprs(n->bases);
        field("keywords");
        keywords(n->keywords);
        field("body");
        stmts(n->body);
        field("decorator_list");
        exprs(n->decorator_list);
        break;
      }
      case StmtKind::Return:
        opt("value", static_cast<Return*>(s)->value);
        break;
      case StmtKind::Delete:
        field("targets");
        exprs(static_cast<Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* n = static_cast<Assign*>(s);
        field("targets");
        exprs(n->targets);
        field("value");
        expr(n->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* n = static_cast<AugAssign*>(s);
        field("target");
        expr(n->target);
        field("op");
        simple(name_of(n->op));
        field("value");
        expr(n->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = static_cast<AnnAssign*>(s);
        field("target");
        expr(n->target);
        field("annotation");
        expr(n->annotation);
        opt("value", n->value);
        field("simple");
        out += std::to_string(n->simple);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* n = static_cast<For*>(s);
        field("target");
        expr(n->target);
        field("iter");
        expr(n->iter);
        body_fields(n->body, n->orelse);
        break;
      }
      case StmtKind::While: {
        auto* n = static_cast<While*>(s);
        field("test");
        expr(n->test);
        body_fields(n->body, n->orelse);
        break;
      }
      case StmtKind::If: {
        auto* n = static_cast<If*>(s);
        field("test");
        expr(n->test);
        body_fields(n->body, n->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* n = static_cast<With*>(s);
        field("items");
        list(n->items, [&](WithItem* w) {
          open("withitem");
          field("context_expr");
          expr(w->context_expr);
          opt("optional_vars", w->optional_vars);
          close();
        });
        field("body");
        stmts(n->body);
        break;
      }
      case StmtKind::Raise: {
        auto* n = static_cast<Raise*>(s);
        opt("exc", n->exc);
        opt("cause", n->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* n = static_cast<Try*>(s);
        field("body");
        stmts(n->body);
        field("handlers");
        list(n->handlers, [&](ExceptHandler* h) {
          open("ExceptHandler");
          opt("type", h->type);
          if (!h->name.empty()) {
            field("name");
            str(h->name);
          }
          field("body");
          stmts(h->body);
          close(h->loc);
        });
        field("orelse");
        stmts(n->orelse);
        field("finalbody");
        stmts(n->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* n = static_cast<Assert*>(s);
        field("test");
        expr(n->test);
        opt("msg", n->msg);
        break;
      }
      case StmtKind::Import:
        field("names");
        list(static_cast<Import*>(s)->names, [&](Alias* a) { alias(a); });
        break;
      case StmtKind::ImportFrom: {
        auto* n = static_cast<ImportFrom*>(s);
        if (!n->module.empty()) {
          field("module");
          str(n->module);
        }
        field("names");
        list(n->names, [&](Alias* a) { alias(a); });
        field("level");
        out += std::to_string(n->level);
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        Seq<std::string_view> names =
            s->kind == StmtKind::Global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
        field("names");
        list(names, [&](std::string_view n) { str(n); });
        break;
      }
      case StmtKind::Expr:
        field("value");
        expr(static_cast<ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
      case StmtKind::Match:  // TODO: the cases and their patterns (only the subject is dumped)
        field("subject");
        expr(static_cast<Match*>(s)->subject);
        break;
    }
    close(s->loc);
  }
};

}  // namespace

std::string dump(const Module& m, bool include_attributes) {
  Dumper d;
  d.attributes = include_attributes;
  d.module(m);
  return std::move(d.out);
}

}  // namespace py
