#include "py/civil_time.hpp"

#include <cctype>
#include <climits>
#include <cstdio>
#include <mutex>
#include <set>

namespace py {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (month 1..12). The
// calendar repeats every 400 years (146097 days); the year is counted from March so that the
// leap day falls at its end.
int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
  year -= month <= 2;
  int64_t era = floor_div(year, 400);
  int64_t year_of_era = year - era * 400;
  int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void civil_from_days(int64_t days, int64_t* year, int* month, int* day) {
  days += 719468;
  int64_t era = floor_div(days, 146097);
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t month_from_march = (5 * day_of_year + 2) / 153;
  *day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  *month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  *year = year_of_era + era * 400 + (*month <= 2);
}

bool is_leap(int64_t year) { return floor_mod(year, 4) == 0 && (floor_mod(year, 100) != 0 || floor_mod(year, 400) == 0); }
int days_in_year(int64_t year) { return is_leap(year) ? 366 : 365; }

// A stable C string for a zone name (tm_zone points at it for the life of the process).
// Emscripten names zones in full ("Coordinated Universal Time"); glibc abbreviates ("UTC").
const char* zone_abbreviation(const char* name) {
  static std::mutex mutex;
  static std::set<std::string> names;
  std::string text = name ? name : "";
  if (text == "Coordinated Universal Time" || text == "Universal Time") text = "UTC";
  else if (text.find(' ') != std::string::npos) {
    std::string initials;
    bool word_start = true;
    for (char c : text) {
      if (word_start && std::isalpha(static_cast<unsigned char>(c))) initials += c;
      word_start = c == ' ';
    }
    text = initials;
  }
  std::lock_guard lock(mutex);
  return names.insert(text).first->c_str();
}

// The C library's view of local time at `seconds`, clamped to the 32-bit range every libc
// handles (the zone rules beyond it are the nearest known ones).
std::tm libc_local(int64_t seconds) {
  std::time_t clamped = static_cast<std::time_t>(std::max<int64_t>(INT32_MIN, std::min<int64_t>(INT32_MAX, seconds)));
  std::tm tm{};
  localtime_r(&clamped, &tm);
  return tm;
}

int64_t offset_at(int64_t seconds) { return libc_local(seconds).tm_gmtoff; }

}  // namespace

bool utc_tm(int64_t seconds, std::tm* out) {
  int64_t days = floor_div(seconds, kSecondsPerDay);
  int64_t rest = seconds - days * kSecondsPerDay;
  int64_t year;
  int month, day;
  civil_from_days(days, &year, &month, &day);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return false;
  *out = std::tm{};
  out->tm_year = static_cast<int>(year - 1900);
  out->tm_mon = month - 1;
  out->tm_mday = day;
  out->tm_hour = static_cast<int>(rest / 3600);
  out->tm_min = static_cast<int>(rest / 60 % 60);
  out->tm_sec = static_cast<int>(rest % 60);
  out->tm_wday = static_cast<int>(floor_mod(days + 4, 7));  // 1970-01-01 was a Thursday
  out->tm_yday = static_cast<int>(days - days_from_civil(year, 1, 1));
  out->tm_isdst = 0;
  out->tm_zone = "GMT";
  return true;
}

bool local_tm(int64_t seconds, std::tm* out) {
  std::tm zone = libc_local(seconds);
  if (!utc_tm(seconds + zone.tm_gmtoff, out)) return false;
  out->tm_isdst = zone.tm_isdst;
  out->tm_gmtoff = zone.tm_gmtoff;
  out->tm_zone = zone_abbreviation(zone.tm_zone);
  return true;
}

int64_t local_seconds(const std::tm& tm) {
  int64_t month = tm.tm_mon;
  int64_t year = 1900 + int64_t{tm.tm_year} + floor_div(month, 12);
  int64_t days = days_from_civil(year, floor_mod(month, 12) + 1, 1) + tm.tm_mday - 1;
  int64_t wall = days * kSecondsPerDay + int64_t{tm.tm_hour} * 3600 + int64_t{tm.tm_min} * 60 + tm.tm_sec;
  return wall - offset_at(wall - offset_at(wall));
}

const char* local_zone_name(bool dst) {
  int64_t now = static_cast<int64_t>(std::time(nullptr));
  int64_t year_start = now - floor_mod(now, 365 * kSecondsPerDay);
  for (int64_t month = 0; month < 12; ++month) {
    std::tm tm = libc_local(year_start + month * 30 * kSecondsPerDay);
    if ((tm.tm_isdst > 0) == dst) return zone_abbreviation(tm.tm_zone);
  }
  return zone_abbreviation(libc_local(now).tm_zone);
}

namespace {

const char* const kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonthNames[] = {"January", "February", "March", "April", "May", "June",
                                   "July", "August", "September", "October", "November", "December"};

std::string name_of(const char* const* names, int count, int index, bool abbreviated) {
  if (index < 0 || index >= count) return "?";
  std::string name = names[index];
  return abbreviated ? name.substr(0, 3) : name;
}

// ISO 8601 week-based year and week: the week belongs to the year of its Thursday.
void iso_week(const std::tm& tm, int64_t* year, int* week) {
  int64_t y = 1900 + int64_t{tm.tm_year};
  int monday_based = (tm.tm_wday + 6) % 7;
  int64_t thursday = tm.tm_yday - monday_based + 3;
  if (thursday < 0) {
    --y;
    thursday += days_in_year(y);
  } else if (thursday >= days_in_year(y)) {
    thursday -= days_in_year(y);
    ++y;
  }
  *year = y;
  *week = static_cast<int>(thursday / 7 + 1);
}

struct Spec {
  char flag = 0;  // '_', '-', '0', '^', '#' or 0
  bool upper = false, swap_case = false;
  int width = -1;
};

std::string pad(std::string text, int width, char fill) {
  if (width > 0 && static_cast<int>(text.size()) < width) {
    size_t at = fill == '0' && !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
    text.insert(at, static_cast<size_t>(width) - text.size(), fill);
  }
  return text;
}

// A number with `digits` digits by default, padded with `fill` ('0', or ' ' for %e %k %l);
// the flags and a width change both. `yearish`: not padded unless a width is given.
std::string number(int64_t value, int digits, char fill, const Spec& spec, bool yearish = false) {
  std::string text = std::to_string(value);
  if (spec.flag == '-' && spec.width < 0) return text;
  if (spec.flag == '_' || spec.flag == '-') fill = ' ';
  else if (spec.flag == '0') fill = '0';
  int width = spec.width >= 0 ? spec.width : (yearish ? 0 : digits);
  return pad(text, width, fill);
}

std::string text_field(std::string text, const Spec& spec, bool swap_to_lower = false) {
  if (spec.upper) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  } else if (spec.swap_case) {
    for (char& c : text) {
      c = static_cast<char>(swap_to_lower ? std::tolower(static_cast<unsigned char>(c)) : std::toupper(static_cast<unsigned char>(c)));
    }
  }
  return pad(text, spec.width, spec.flag == '0' ? '0' : ' ');
}

// One conversion; false when `c` is not one.
bool convert(char c, const Spec& spec, const std::tm& tm, std::string* out) {
  int64_t year = 1900 + int64_t{tm.tm_year};
  int hour12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
  // %c, %D, %F, %r, %R, %T, %x, %X: the flags and width apply to the whole (# does nothing).
  auto composite = [&](std::string_view format) {
    return text_field(format_tm(format, tm), Spec{spec.flag, spec.upper, false, spec.width});
  };
  int64_t iso_year;
  int week;
  switch (c) {
    case 'a': *out += text_field(name_of(kDayNames, 7, tm.tm_wday, true), spec); return true;
    case 'A': *out += text_field(name_of(kDayNames, 7, tm.tm_wday, false), spec); return true;
    case 'b':
    case 'h': *out += text_field(name_of(kMonthNames, 12, tm.tm_mon, true), spec); return true;
    case 'B': *out += text_field(name_of(kMonthNames, 12, tm.tm_mon, false), spec); return true;
    case 'c': *out += composite("%a %b %e %H:%M:%S %Y"); return true;
    case 'C': *out += number(floor_div(year, 100), 2, '0', spec, true); return true;
    case 'd': *out += number(tm.tm_mday, 2, '0', spec); return true;
    case 'D':
    case 'x': *out += composite("%m/%d/%y"); return true;
    case 'e': *out += number(tm.tm_mday, 2, ' ', spec); return true;
    case 'F': *out += composite("%Y-%m-%d"); return true;
    case 'g': iso_week(tm, &iso_year, &week); *out += number(floor_mod(iso_year, 100), 2, '0', spec); return true;
    case 'G': iso_week(tm, &iso_year, &week); *out += number(iso_year, 4, '0', spec, true); return true;
    case 'H': *out += number(tm.tm_hour, 2, '0', spec); return true;
    case 'I': *out += number(hour12, 2, '0', spec); return true;
    case 'j': *out += number(int64_t{tm.tm_yday} + 1, 3, '0', spec); return true;
    case 'k': *out += number(tm.tm_hour, 2, ' ', spec); return true;
    case 'l': *out += number(hour12, 2, ' ', spec); return true;
    case 'm': *out += number(int64_t{tm.tm_mon} + 1, 2, '0', spec); return true;
    case 'M': *out += number(tm.tm_min, 2, '0', spec); return true;
    case 'n': *out += '\n'; return true;
    case 'p': *out += text_field(tm.tm_hour < 12 ? "AM" : "PM", spec, true); return true;
    case 'P': *out += text_field(tm.tm_hour < 12 ? "am" : "pm", spec); return true;
    case 'r': *out += composite("%I:%M:%S %p"); return true;
    case 'R': *out += composite("%H:%M"); return true;
    case 's': *out += number(local_seconds(tm), 1, '0', spec); return true;
    case 'S': *out += number(tm.tm_sec, 2, '0', spec); return true;
    case 't': *out += '\t'; return true;
    case 'T':
    case 'X': *out += composite("%H:%M:%S"); return true;
    case 'u': *out += number(tm.tm_wday == 0 ? 7 : tm.tm_wday, 1, '0', spec); return true;
    case 'U': *out += number((tm.tm_yday + 7 - tm.tm_wday) / 7, 2, '0', spec); return true;
    case 'V': iso_week(tm, &iso_year, &week); *out += number(week, 2, '0', spec); return true;
    case 'w': *out += number(tm.tm_wday, 1, '0', spec); return true;
    case 'W': *out += number((tm.tm_yday + 7 - (tm.tm_wday + 6) % 7) / 7, 2, '0', spec); return true;
    case 'y': *out += number(floor_mod(year, 100), 2, '0', spec); return true;
    case 'Y': *out += number(year, 4, '0', spec, true); return true;
    case 'z': {
      long offset = tm.tm_gmtoff;
      char buf[48];
      std::snprintf(buf, sizeof buf, "%c%02ld%02ld", offset < 0 ? '-' : '+', std::labs(offset) / 3600, std::labs(offset) / 60 % 60);
      *out += buf;
      return true;
    }
    case 'Z': *out += text_field(tm.tm_zone ? tm.tm_zone : local_zone_name(tm.tm_isdst > 0), spec, true); return true;
    case '%': *out += '%'; return true;
    default: return false;
  }
}

}  // namespace

std::string format_tm(std::string_view format, const std::tm& tm) {
  std::string out;
  size_t i = 0;
  while (i < format.size()) {
    if (format[i] != '%') {
      out += format[i++];
      continue;
    }
    size_t start = i++;
    Spec spec;
    while (i < format.size() && (format[i] == '_' || format[i] == '-' || format[i] == '0' || format[i] == '^' || format[i] == '#')) {
      if (format[i] == '^') spec.upper = true;
      else if (format[i] == '#') spec.swap_case = true;
      else spec.flag = format[i];
      ++i;
    }
    if (i < format.size() && format[i] >= '1' && format[i] <= '9') {
      spec.width = 0;
      while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i]))) spec.width = spec.width * 10 + (format[i++] - '0');
    }
    if (i < format.size() && (format[i] == 'E' || format[i] == 'O')) ++i;  // alternative forms: the C locale has none
    if (i >= format.size() || !convert(format[i], spec, tm, &out)) {
      // Not a conversion: copied as it is, up to and including the character that ended it.
      size_t end = i < format.size() ? i + 1 : format.size();
      out.append(format.substr(start, end - start));
    }
    i = i < format.size() ? i + 1 : i;
  }
  return out;
}

}  // namespace py
