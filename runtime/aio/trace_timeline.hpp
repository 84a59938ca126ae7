// The text timeline (`loopscope run --timeline`): lanes (trace_lanes.hpp) drawn as rows of
// characters, one column per time bucket, with a time axis, a legend and the output lines at
// their times. Pure function of the events: a virtual-clock run always draws the same text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "aio/trace.hpp"
#include "aio/trace_lanes.hpp"

namespace aio {

struct TimelineOptions {
  int width = 100;                 // target line width in terminal columns (80–120 reads well)
  size_t max_lanes = 40;           // more are summarised in one line
  size_t max_output_lines = 40;    // likewise for the output listing
  std::string clock_name;          // "virtual clock": named in the header when given
};

// Columns are time buckets; when the whole run happened at one instant of the clock (the
// virtual clock only moves on sleeps and timeouts), columns are task steps in order instead.
std::string render_timeline(const std::vector<TraceEvent>& events, const TimelineOptions& options = {});

enum class TimelineAxis : uint8_t {
  Time,   // lanes from build_lanes: columns are time buckets
  Steps,  // lanes from build_lanes_by_step: columns are steps
};
std::string render_timeline(const Lanes& lanes, const TimelineOptions& options = {},
                            TimelineAxis axis = TimelineAxis::Time);

// The character a bucket shows for a state (and, when waiting, what it waits on).
char timeline_symbol(LaneState state, WaitKind wait);

// Terminal columns `text` takes (UTF-8; East Asian wide characters count 2).
size_t display_width(const std::string& text);

}  // namespace aio
