// Calendar time computed here instead of by the C library, so the time module prints the same
// natively (glibc) and in wasm (Emscripten's libc, whose strftime lacks glibc's conversions and
// flags, whose zone names are long, and whose localtime wraps far dates).
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>

namespace py {

// Seconds since the epoch -> broken-down UTC time (tm_zone "GMT", as glibc's gmtime_r). False
// when the year does not fit in an int.
bool utc_tm(int64_t seconds, std::tm* out);

// Seconds since the epoch -> broken-down local time: the offset, DST flag and zone abbreviation
// come from the C library, the fields from utc_tm(seconds + offset).
bool local_tm(int64_t seconds, std::tm* out);

// Broken-down local time (fields may be out of range, as mktime allows) -> seconds since the epoch.
int64_t local_seconds(const std::tm& tm);

// The local zone's abbreviation for a DST flag ("UTC"), as time.tzname gives it.
const char* local_zone_name(bool dst);

// glibc's strftime in the C locale: every conversion, the E and O modifiers, the flags _ - 0 ^ #
// and a field width. Unknown conversions are copied as they are.
std::string format_tm(std::string_view format, const std::tm& tm);

}  // namespace py
