// CodePositions: the column table of a code object. Each run is five varints: how many
// instructions it covers, its line as a zigzag delta from the previous run's line, end_line -
// line, col + 1 and end_col + 1 (0: no columns). A typical run takes 5-6 bytes.
#include "py/code.hpp"

namespace py {

namespace {

void put_varint(std::vector<uint8_t>& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<uint8_t>(v));
}

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

struct Reader {
  const std::vector<uint8_t>& bytes;
  size_t at = 0;
  bool get(uint64_t* v) {
    *v = 0;
    for (int shift = 0; at < bytes.size() && shift < 64; shift += 7) {
      uint8_t b = bytes[at++];
      *v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
};

}  // namespace

CodePositions CodePositions::encode(const std::vector<Position>& positions) {
  CodePositions table;
  int prev_line = 0;
  for (size_t i = 0; i < positions.size();) {
    const Position& p = positions[i];
    size_t n = 1;
    while (i + n < positions.size() && positions[i + n] == p) ++n;
    bool columns = p.col >= 0 && p.end_col >= 0 && p.end_line >= p.line;
    put_varint(table.bytes, n);
    put_varint(table.bytes, zigzag(static_cast<int64_t>(p.line) - prev_line));
    put_varint(table.bytes, p.end_line >= p.line ? static_cast<uint64_t>(p.end_line - p.line) : 0);
    put_varint(table.bytes, columns ? static_cast<uint64_t>(p.col) + 1 : 0);
    put_varint(table.bytes, columns ? static_cast<uint64_t>(p.end_col) + 1 : 0);
    prev_line = p.line;
    i += n;
  }
  return table;
}

bool CodePositions::find(size_t instr, Position* out) const {
  Reader r{bytes};
  size_t first = 0;
  int64_t line = 0;
  uint64_t count, dline, span, col, end_col;
  while (r.get(&count) && r.get(&dline) && r.get(&span) && r.get(&col) && r.get(&end_col)) {
    line += unzigzag(dline);
    if (instr < first + count) {
      out->line = static_cast<int>(line);
      out->end_line = static_cast<int>(line + static_cast<int64_t>(span));
      out->col = static_cast<int>(col) - 1;
      out->end_col = static_cast<int>(end_col) - 1;
      return true;
    }
    first += count;
  }
  return false;
}

}  // namespace py
