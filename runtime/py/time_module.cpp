// time: clocks (virtual by default: time.sleep advances the interpreter's clock without waiting),
// struct_time, and the calendar functions in the machine's local zone (UTC in the browser),
// computed by civil_time.hpp so strftime/ctime print what CPython prints on the same machine,
// natively and in wasm alike.
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "py/threading_scheduler.hpp"
#include "py/abstract.hpp"
#include "py/call_args.hpp"
#include "py/civil_time.hpp"
#include "py/native_modules.hpp"
#include "py/thread.hpp"
#include "py/virtual_cpu.hpp"

namespace py {

namespace {

// --- the clock: monotonic_ns is the only reader of the interpreter's clock in this module ----------
int64_t monotonic_ns(Thread& t) {
  Interpreter& in = t.interp();
  if (in.virtual_clock) {
    charge_pending_cpu(t);  // the CPU time run since the last tick shows
    return in.clock.now_ns();
  }
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
// Virtual: epoch_start plus the clock, so time.time() and time.monotonic() advance together.
int64_t wall_ns(Thread& t) {
  Interpreter& in = t.interp();
  if (in.virtual_clock) return static_cast<int64_t>(std::llround(in.epoch_start * 1e9)) + monotonic_ns(t);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
double now_seconds(Thread& t) { return static_cast<double>(wall_ns(t)) / 1e9; }
double monotonic_seconds(Thread& t) { return static_cast<double>(monotonic_ns(t)) / 1e9; }

bool to_seconds(Thread& t, Object* o, double* out) {
  if (is_float(o)) *out = cast<Float>(o)->value;
  else if (is_int(o)) *out = static_cast<double>(cast<Int>(o)->small);
  else {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (std::isnan(*out)) {
    t.raise(exc::ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  return true;
}

// A timestamp argument (None or absent: now) in whole seconds, floored like CPython's gmtime.
// 64 bits wide everywhere (Emscripten's time_t is 32 bits).
bool timestamp_arg(Thread& t, const CallArgs& a, int64_t* out) {
  double secs;
  if (a.nargs == 0 || a.arg(0) == None) secs = now_seconds(t);
  else if (is_int(a.arg(0)) && !cast<Int>(a.arg(0))->is_big) {
    *out = cast<Int>(a.arg(0))->small;
    return true;
  } else if (is_int(a.arg(0))) {
    t.raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  } else if (!to_seconds(t, a.arg(0), &secs)) return false;
  secs = std::floor(secs);
  if (!(secs >= -9.2e18 && secs <= 9.2e18)) {
    t.raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<int64_t>(secs);
  return true;
}

// --- struct_time -----------------------------------------------------------------------------
Type* struct_time_type = nullptr;
const char* const kFieldNames[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                   "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

struct StructTime : Object {
  Ref<Tuple> fields;      // the 9 visible fields (what indexing, len and iteration see)
  Value zone, gmtoff;     // tm_zone, tm_gmtoff (None when not known)
  StructTime(Ref<Tuple> f, Value z, Value g) : Object(struct_time_type), fields(std::move(f)), zone(std::move(z)), gmtoff(std::move(g)) {}
};

Value make_struct_time(const std::tm& tm) {
  std::vector<Value> f = {make_int(tm.tm_year + 1900), make_int(tm.tm_mon + 1), make_int(tm.tm_mday),
                          make_int(tm.tm_hour), make_int(tm.tm_min), make_int(tm.tm_sec),
                          make_int((tm.tm_wday + 6) % 7), make_int(tm.tm_yday + 1), make_int(tm.tm_isdst)};
  Value zone = tm.tm_zone ? Value(make_str(tm.tm_zone)) : none();
  return make<StructTime>(make_tuple(std::move(f)), zone, make_int(tm.tm_gmtoff));
}

Value struct_time_new(Thread& t, Type*, const CallArgs& a) {
  if (!check_kwargs(t, a, "struct_time", {"sequence", "dict"})) return nullptr;
  Object* seq = a.nargs > 0 ? a.arg(0) : kwarg(a, "sequence");
  if (!seq) return t.raise(exc::TypeError, "struct_time() missing required argument 'sequence' (pos 1)");
  std::vector<Value> items;
  if (!collect(t, seq, &items)) return nullptr;
  size_t n = items.size();
  if (n < 9) return t.raise(exc::TypeError, "time.struct_time() takes an at least 9-sequence (" + std::to_string(n) + "-sequence given)");
  if (n > 11) return t.raise(exc::TypeError, "time.struct_time() takes an at most 11-sequence (" + std::to_string(n) + "-sequence given)");
  Value zone = n > 9 ? items[9] : none();
  Value gmtoff = n > 10 ? items[10] : none();
  items.resize(9);
  return make<StructTime>(make_tuple(std::move(items)), zone, gmtoff);
}

Value struct_time_repr(Thread& t, Object* o) {
  auto* s = cast<StructTime>(o);
  std::string out = "time.struct_time(";
  for (size_t i = 0; i < 9; ++i) {
    std::string r;
    if (!repr_text(t, s->fields->items[i].get(), &r)) return nullptr;
    out += std::string(i ? ", " : "") + kFieldNames[i] + "=" + r;
  }
  return make_str(out + ")");
}
Value struct_time_getattr(Thread& t, Object* o, Str* name) {
  auto* s = cast<StructTime>(o);
  for (size_t i = 0; i < 11; ++i) {
    if (name->text == kFieldNames[i]) return i < 9 ? s->fields->items[i] : i == 9 ? s->zone : s->gmtoff;
  }
  if (name->text == "n_fields") return make_int(11);
  if (name->text == "n_sequence_fields") return make_int(9);
  if (name->text == "n_unnamed_fields") return make_int(0);
  return generic_getattr(t, o, name);
}
Object* as_fields(Object* o) { return o->type == struct_time_type ? cast<StructTime>(o)->fields.get() : o; }
Value struct_time_getitem(Thread& t, Object* o, Object* key) { return getitem(t, cast<StructTime>(o)->fields.get(), key); }
int64_t struct_time_length(Thread&, Object*) { return 9; }
Value struct_time_iter(Thread& t, Object* o) { return iter(t, cast<StructTime>(o)->fields.get()); }
Value struct_time_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (b->type != struct_time_type && b->type != tuple_type) return Value::borrow(NotImplemented);
  return compare(t, as_fields(a), as_fields(b), op);
}
bool struct_time_hash(Thread& t, Object* o, int64_t* out) { return hash(t, cast<StructTime>(o)->fields.get(), out); }
int struct_time_contains(Thread& t, Object* o, Object* item) { return contains(t, cast<StructTime>(o)->fields.get(), item); }

Type* struct_time_type_object() {
  static const bool once = [] {
    Type* ty = struct_time_type = make_native_type("time.struct_time", "time");
    ty->construct = struct_time_new;
    ty->repr = struct_time_repr;
    ty->getattr = struct_time_getattr;
    ty->getitem = struct_time_getitem;
    ty->length = struct_time_length;
    ty->iter = struct_time_iter;
    ty->compare = struct_time_compare;
    ty->hash = struct_time_hash;
    ty->contains = struct_time_contains;
    inherit_slots(ty);
    return true;
  }();
  (void)once;
  return struct_time_type;
}

// A time tuple argument to a std::tm, with CPython's checks (gettmarg + checktm). `zone_keep`
// holds the tm_zone text alive while the tm is used.
bool tm_arg(Thread& t, Object* o, const char* fname, std::tm* tm, std::string* zone_keep) {
  if (o->type != struct_time_type && o->type != tuple_type) {
    t.raise(exc::TypeError, "Tuple or struct_time argument required");
    return false;
  }
  const auto& items = cast<Tuple>(as_fields(o))->items;
  if (items.size() != 9) {
    t.raise(exc::TypeError, std::string(fname) + "(): illegal time tuple argument");
    return false;
  }
  int64_t v[9];
  for (size_t i = 0; i < 9; ++i) {
    if (!is_int(items[i].get())) {
      t.raise(exc::TypeError, "'" + type_name(items[i].get()) + "' object cannot be interpreted as an integer");
      return false;
    }
    if (!as_index(t, items[i].get(), &v[i])) return false;
  }
  *tm = std::tm{};
  tm->tm_year = static_cast<int>(v[0] - 1900);
  tm->tm_mon = static_cast<int>(v[1] - 1);
  tm->tm_mday = static_cast<int>(v[2]);
  tm->tm_hour = static_cast<int>(v[3]);
  tm->tm_min = static_cast<int>(v[4]);
  tm->tm_sec = static_cast<int>(v[5]);
  tm->tm_wday = static_cast<int>((v[6] + 1) % 7);
  if (tm->tm_wday < 0) tm->tm_wday += 7;
  tm->tm_yday = static_cast<int>(v[7] - 1);
  tm->tm_isdst = static_cast<int>(v[8]);
  if (o->type == struct_time_type) {
    auto* s = cast<StructTime>(o);
    if (s->zone && s->zone->type == str_type) {
      *zone_keep = cast<Str>(s->zone.get())->text;
      tm->tm_zone = zone_keep->c_str();
    }
    if (s->gmtoff && is_int(s->gmtoff.get())) tm->tm_gmtoff = static_cast<long>(cast<Int>(s->gmtoff.get())->small);
  }
  return true;
}

// CPython's checktm (after its normalisation of the 0 "unknown" values).
bool check_tm(Thread& t, std::tm* tm) {
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  const char* bad = nullptr;
  if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
  else if (tm->tm_hour < 0 || tm->tm_hour > 23) bad = "hour out of range";
  else if (tm->tm_min < 0 || tm->tm_min > 59) bad = "minute out of range";
  else if (tm->tm_sec < 0 || tm->tm_sec > 61) bad = "seconds out of range";
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
  if (bad) {
    t.raise(exc::ValueError, bad);
    return false;
  }
  if (tm->tm_isdst < -1) tm->tm_isdst = -1;
  else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
  return true;
}

std::string asctime_text(const std::tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[tm.tm_wday % 7], kMonths[tm.tm_mon % 12], tm.tm_mday, tm.tm_hour,
                tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
  return buf;
}

bool converted_tm(Thread& t, const CallArgs& a, bool utc, std::tm* tm) {
  int64_t tt;
  if (!timestamp_arg(t, a, &tt)) return false;
  if (!(utc ? utc_tm(tt, tm) : local_tm(tt, tm))) {
    t.raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  return true;
}

// --- the functions ---------------------------------------------------------------------------------
Value time_time(Thread& t, Object*, const CallArgs&) { return make_float(now_seconds(t)); }
Value time_time_ns(Thread& t, Object*, const CallArgs&) { return make_int(wall_ns(t)); }
Value time_monotonic(Thread& t, Object*, const CallArgs&) { return make_float(monotonic_seconds(t)); }
Value time_monotonic_ns(Thread& t, Object*, const CallArgs&) { return make_int(monotonic_ns(t)); }

Value time_sleep(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "time.sleep() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  double s;
  if (is_int(a.arg(0)) && cast<Int>(a.arg(0))->is_big) return t.raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  if (!to_seconds(t, a.arg(0), &s)) return nullptr;
  if (!(std::fabs(s) * 1e9 < 9.2e18)) {  // CPython's nanosecond _PyTime_t would overflow
    return t.raise(exc::OverflowError, a.arg(0)->type == float_type ? "timestamp out of range for platform time_t"
                                                                  : "timestamp too large to convert to C _PyTime_t");
  }
  if (s < 0) return t.raise(exc::ValueError, "sleep length must be non-negative");
  return threads_sleep(t, static_cast<int64_t>(std::llround(s * 1e9)));  // other threads run meanwhile
}

Value time_gmtime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "gmtime", 0, 1)) return nullptr;
  std::tm tm{};
  if (!converted_tm(t, a, true, &tm)) return nullptr;
  return make_struct_time(tm);
}
Value time_localtime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "localtime", 0, 1)) return nullptr;
  std::tm tm{};
  if (!converted_tm(t, a, false, &tm)) return nullptr;
  return make_struct_time(tm);
}
Value time_ctime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "ctime", 0, 1)) return nullptr;
  std::tm tm{};
  if (!converted_tm(t, a, false, &tm)) return nullptr;
  return make_str(asctime_text(tm));
}
Value time_asctime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "asctime", 0, 1)) return nullptr;
  std::tm tm{};
  std::string zone;
  if (a.nargs == 0) {
    local_tm(static_cast<int64_t>(std::floor(now_seconds(t))), &tm);
  } else if (!tm_arg(t, a.arg(0), "asctime", &tm, &zone) || !check_tm(t, &tm)) {
    return nullptr;
  }
  return make_str(asctime_text(tm));
}
Value time_mktime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "mktime", 1, 1)) return nullptr;
  std::tm tm{};
  std::string zone;
  if (!tm_arg(t, a.arg(0), "mktime", &tm, &zone)) return nullptr;
  return make_float(static_cast<double>(local_seconds(tm)));
}
Value time_strftime(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "strftime", 1, 2)) return nullptr;
  if (a.arg(0)->type != str_type) return t.raise(exc::TypeError, "strftime() argument 1 must be str, not " + type_name(a.arg(0)));
  std::tm tm{};
  std::string zone;
  if (a.nargs == 1) {
    local_tm(static_cast<int64_t>(std::floor(now_seconds(t))), &tm);
  } else if (!tm_arg(t, a.arg(1), "strftime", &tm, &zone) || !check_tm(t, &tm)) {
    return nullptr;
  }
  const std::string& fmt = cast<Str>(a.arg(0))->text;
  if (fmt.find('\0') != std::string::npos) return t.raise(exc::ValueError, "embedded null character");
  return make_str(format_tm(fmt, tm));
}
Value time_process_time(Thread& t, Object*, const CallArgs&) { return make_float(monotonic_seconds(t)); }
Value time_process_time_ns(Thread& t, Object*, const CallArgs&) { return make_int(monotonic_ns(t)); }

// timezone/altzone/daylight/tzname from the offsets of January and July of this year (CPython's
// init_timezone).
void set_zone_constants(Module* m) {
  tzset();
  std::time_t now = std::time(nullptr);
  std::tm cur{};
  gmtime_r(&now, &cur);
  std::tm jan{}, jul{};
  std::time_t jan_t = static_cast<std::time_t>((cur.tm_year - 70) * 365.2425 * 86400);
  local_tm(jan_t, &jan);
  local_tm(jan_t + 183 * 86400, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "", julname = jul.tm_zone ? jul.tm_zone : "";
  bool southern = janzone < julzone;
  module_set(m, "timezone", make_int(southern ? julzone : janzone));
  module_set(m, "altzone", make_int(southern ? janzone : julzone));
  module_set(m, "daylight", make_int(janzone != julzone));
  module_set(m, "tzname", make_tuple({make_str(southern ? julname : janname), make_str(southern ? janname : julname)}));
}

}  // namespace

void build_time_module(Module* m) {
  module_def(m, "time", time_time);
  module_def(m, "time_ns", time_time_ns);
  module_def(m, "monotonic", time_monotonic);
  module_def(m, "monotonic_ns", time_monotonic_ns);
  module_def(m, "perf_counter", time_monotonic);
  module_def(m, "perf_counter_ns", time_monotonic_ns);
  module_def(m, "process_time", time_process_time);
  module_def(m, "process_time_ns", time_process_time_ns);
  module_def(m, "thread_time", time_process_time);
  module_def(m, "thread_time_ns", time_process_time_ns);
  module_def(m, "sleep", time_sleep);
  module_def(m, "gmtime", time_gmtime);
  module_def(m, "localtime", time_localtime);
  module_def(m, "ctime", time_ctime);
  module_def(m, "asctime", time_asctime);
  module_def(m, "mktime", time_mktime);
  module_def(m, "strftime", time_strftime);
  module_set(m, "struct_time", Value::borrow(struct_time_type_object()));
  set_zone_constants(m);
}

}  // namespace py
