// The text of an exception as CPython 3.11 prints it: the chain of causes and contexts, each
// with its traceback (frames, source lines, markers, folded repeats) and its "Type: message"
// line; an exception group in its boxes (`+-+---- 1 ----`), its members indented inside.
#include <unordered_set>

#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/run.hpp"
#include "py/source.hpp"
#include "py/traceback_carets.hpp"

namespace py {

namespace {

// CPython shows a frame that repeats the one before it (same file, line and function) three
// times, then counts the rest.
constexpr int kRepeatsShown = 3;
// traceback.TracebackException's defaults: members shown per group, groups nested.
constexpr size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

std::string repeated_line(int count) {
  int more = count - kRepeatsShown;
  return "  [Previous line repeated " + std::to_string(more) + (more > 1 ? " more times]\n" : " more time]\n");
}

std::string format_frames(const BaseException* e, const Source& src, TracebackStyle style) {
  std::string out;
  const TracebackEntry* last = nullptr;
  int count = 0;
  for (size_t i = e->traceback.size(); i-- > 0;) {
    const TracebackEntry& tb = e->traceback[i];
    // io.py stands in for CPython's C module _io, whose calls leave no frames.
    if (tb.code->filename == "<frozen io>") continue;
    bool same = last && last->line == tb.line && last->code->filename == tb.code->filename && last->code->name == tb.code->name;
    if (!same) {
      if (count > kRepeatsShown) out += repeated_line(count);
      count = 0;
    }
    last = &tb;
    if (++count > kRepeatsShown) continue;
    out += "  File \"" + tb.code->filename + "\", line " + std::to_string(tb.line) + ", in " + tb.code->name + "\n";
    // Frames of frozen library modules ("<frozen heapq>") and of a program read from stdin
    // ("<stdin>") show no source line, as in CPython, whose linecache can't read them.
    bool readable = tb.code->filename == src.name() && src.name().rfind('<', 0) != 0;
    if (!readable) continue;
    Position pos;
    if (!tb.code->positions.find(tb.instr, &pos) || pos.line != tb.line) pos = Position{tb.line, tb.line};
    out += frame_source_lines(src.line(tb.line), pos, style);
  }
  if (count > kRepeatsShown) out += repeated_line(count);
  return out;
}

// "Type: message" (with the module of a class not from __main__ or builtins).
std::string exception_only(Thread& t, BaseException* e) {
  std::string name = e->type->name;
  // A built-in type named without its module may still have one: asyncio's exceptions
  // (asyncio.exceptions.CancelledError).
  if (!e->type->is_builtin || e->type->name.find('.') == std::string::npos) {
    Object* m = e->type->dict ? dict_get_str(e->type->dict.get(), intern("__module__").get()) : nullptr;
    if (m && m->type == str_type && cast<Str>(m)->text != "__main__" && cast<Str>(m)->text != "builtins") {
      name = cast<Str>(m)->text + "." + name;
    }
  }
  std::string msg;
  Value s = str(t, e);
  if (!s) {
    t.take_exception();
    msg = "<exception str() failed>";
  } else {
    msg = cast<Str>(s.get())->text;
  }
  return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

// The members of an exception group (builtins' BaseExceptionGroup: asyncio installs it); empty
// for any other exception.
std::vector<BaseException*> group_members(Thread& t, BaseException* e) {
  std::vector<BaseException*> members;
  Object* base = dict_get_str(t.interp().builtins(), intern("BaseExceptionGroup").get());
  if (!base || base->type != type_type || !e->type->is_subtype(cast<Type>(base))) return members;
  Value excs = getattr(t, e, "exceptions");
  if (!excs) {
    t.take_exception();
    return members;
  }
  if (excs->type != tuple_type) return members;
  for (const Value& m : cast<Tuple>(excs.get())->items) {
    if (isinstance(m.get(), exc::BaseException)) members.push_back(cast<BaseException>(m.get()));
  }
  return members;
}

// traceback._ExceptionPrintContext: how deep in groups the text is, and the margin it gets.
struct Printer {
  Thread& t;
  const Source& src;
  TracebackStyle style;
  std::unordered_set<Object*> seen;
  int depth = 0;
  bool need_close = false;
  std::string out;

  std::string indent() const { return std::string(static_cast<size_t>(2 * depth), ' '); }

  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (depth) prefix += std::string(1, margin) + " ";
    for (size_t at = 0; at < text.size();) {
      size_t nl = text.find('\n', at);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, at, end - at);
      at = end;
    }
  }

  void format(BaseException* exc) {
    // The chain, innermost cause first; each exception once (causes can form cycles).
    std::vector<std::pair<const char*, BaseException*>> chain;
    for (BaseException* e = exc; e;) {
      seen.insert(e);
      const char* message = nullptr;
      BaseException* next = nullptr;
      if (e->cause && !seen.count(e->cause.get())) {
        message = "\nThe above exception was the direct cause of the following exception:\n\n";
        next = cast<BaseException>(e->cause.get());
      } else if (e->context && !e->suppress_context && !seen.count(e->context.get())) {
        message = "\nDuring handling of the above exception, another exception occurred:\n\n";
        next = cast<BaseException>(e->context.get());
      }
      chain.push_back({message, e});
      e = next;
    }
    for (size_t i = chain.size(); i-- > 0;) {
      auto [message, e] = chain[i];
      std::vector<BaseException*> members = group_members(t, e);
      if (message) emit(message);
      if (members.empty()) {
        if (!e->traceback.empty()) emit("Traceback (most recent call last):\n" + format_frames(e, src, style));
        emit(exception_only(t, e));
      } else if (depth > kMaxGroupDepth) {
        emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      } else {
        format_group(e, members);
      }
    }
  }

  void format_group(BaseException* e, const std::vector<BaseException*>& members) {
    bool toplevel = depth == 0;
    if (toplevel) ++depth;
    if (!e->traceback.empty()) {
      emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      emit(format_frames(e, src, style));
    }
    emit(exception_only(t, e));
    size_t n = members.size() <= kMaxGroupWidth ? members.size() : kMaxGroupWidth + 1;
    need_close = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i + 1 == n;
      if (last) need_close = true;  // unless a nested group closes the box first
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ++depth;
      if (!truncated) {
        format(members[i]);
      } else {
        size_t remaining = members.size() - kMaxGroupWidth;
        emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
      }
      if (last && need_close) {
        out += indent() + "+------------------------------------\n";
        need_close = false;
      }
      --depth;
    }
    if (toplevel) --depth;
  }
};

}  // namespace

std::string format_exception(Thread& t, BaseException* exc, const std::string& source, TracebackStyle style) {
  Source src(t.interp().filename, source);
  Printer printer{t, src, style, {}, 0, false, {}};
  printer.format(exc);
  return std::move(printer.out);
}

}  // namespace py
