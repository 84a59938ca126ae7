// The runtime workloads (bench/aio/workloads.hpp) timed by a plain loop, for the wasm builds
// (Google Benchmark is native only). Prints one JSON object on stdout:
//   {"harness":"plain","threads":0|1,"results":[{"name":…,"ops":…,"reps":…,
//     "ns_per_op":…,"min_ns_per_op":…,"cpu_ns_per_op":…,"min_cpu_ns_per_op":…},…]}
// Wall and process CPU time per operation, median and best of the repetitions, after two
// warm-up runs (V8 tiers hot wasm functions up to TurboFan while they run; the warm-ups also
// grow the heap, so the timed runs don't pay for memory growth). CPU time is what other work
// on a shared machine disturbs least.
// Usage: bench_main [reps] [workload-name]   (plain C++: it builds natively too)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../aio/workloads.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// The Node process's CPU time (the harness runs only in Node: -sENVIRONMENT=node).
EM_JS(double, node_cpu_us, (), {
  const u = process.cpuUsage();
  return u.user + u.system;
});
static double cpu_ns() { return node_cpu_us() * 1e3; }
#else
#include <ctime>
static double cpu_ns() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}
#endif

constexpr int kWarmups = 2;

static double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}
static double best(const std::vector<double>& xs) { return *std::min_element(xs.begin(), xs.end()); }

int main(int argc, char** argv) {
  int reps = argc > 1 ? std::atoi(argv[1]) : 7;
  const char* only = argc > 2 ? argv[2] : nullptr;
  if (reps < 1) reps = 1;
#ifdef __EMSCRIPTEN_PTHREADS__
  const int threads = 1;
#else
  const int threads = 0;
#endif
  std::printf("{\"harness\":\"plain\",\"threads\":%d,\"results\":[", threads);
  bool first = true;
  for (const bench::Workload& w : bench::workloads()) {
    if (only && std::strcmp(only, w.name) != 0) continue;
    std::vector<double> wall, cpu;
    std::string error;
    for (int i = 0; i < kWarmups + reps && error.empty(); ++i) {
      double cpu_start = cpu_ns();
      auto start = std::chrono::steady_clock::now();
      aio::Result<int64_t> r = bench::run(w.body(w.ops));
      auto stop = std::chrono::steady_clock::now();
      double cpu_stop = cpu_ns();
      if (!r) error = r.error().describe();
      if (i < kWarmups) continue;
      wall.push_back(std::chrono::duration<double, std::nano>(stop - start).count() / w.ops);
      cpu.push_back((cpu_stop - cpu_start) / w.ops);
    }
    std::printf("%s{\"name\":\"%s\",\"unit\":\"%s\",\"ops\":%lld,\"note\":\"%s\"", first ? "" : ",", w.name,
                w.unit, static_cast<long long>(w.ops), w.note);
    first = false;
    if (!error.empty()) {
      std::printf(",\"error\":\"%s\"}", aio::json_escape(error).c_str());
      continue;
    }
    std::printf(",\"reps\":%d,\"ns_per_op\":%.2f,\"min_ns_per_op\":%.2f,\"cpu_ns_per_op\":%.2f,\"min_cpu_ns_per_op\":%.2f}",
                reps, median(wall), best(wall), median(cpu), best(cpu));
    std::fflush(stdout);
  }
  std::printf("]}\n");
  return 0;
}
