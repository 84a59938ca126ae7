#include "aio/trace.hpp"

#include <cstdio>

namespace aio {

const char* event_kind_name(EventKind kind) {
  switch (kind) {
#define X(name, text) \
  case EventKind::name: return text;
    AIO_EVENT_KINDS(X)
#undef X
  }
  return "?";
}

const char* wait_kind_name(WaitKind kind) {
  switch (kind) {
#define X(name, text) \
  case WaitKind::name: return text;
    AIO_WAIT_KINDS(X)
#undef X
  }
  return "?";
}

std::string json_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);  // UTF-8 passes through unchanged
        }
    }
  }
  return out;
}

std::string events_to_json(const std::vector<TraceEvent>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    const TraceEvent& e = events[i];
    if (i) out += ",";
    out += "{\"t\":" + std::to_string(e.time_ns) + ",\"kind\":\"" + event_kind_name(e.kind) + "\"";
    if (e.wait != WaitKind::None) out += std::string(",\"wait\":\"") + wait_kind_name(e.wait) + "\"";
    out += ",\"id\":" + std::to_string(e.id);
    if (e.other) out += ",\"other\":" + std::to_string(e.other);
    if (e.value) out += ",\"value\":" + std::to_string(e.value);
    if (e.line) out += ",\"line\":" + std::to_string(e.line);
    if (!e.detail.empty()) out += ",\"detail\":\"" + json_escape(e.detail) + "\"";
    if (!e.label.empty()) out += ",\"label\":\"" + json_escape(e.label) + "\"";
    out += "}";
  }
  out += "]";
  return out;
}

}  // namespace aio
