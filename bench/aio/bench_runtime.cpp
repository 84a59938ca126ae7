// aio_bench: the five runtime workloads (workloads.hpp) under Google Benchmark.
// One benchmark iteration is one whole run of a workload on a fresh loop; the `ns_per_op`
// counter divides by the workload's operation count (a switch, a task, a round trip, …).
// Figures only: nothing here asserts a time.
#include <benchmark/benchmark.h>

#include <chrono>
#include <string>

#include "workloads.hpp"

namespace {

void run_workload(benchmark::State& state, const bench::Workload& w) {
  int64_t checksum = 0;
  auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    aio::Result<int64_t> r = bench::run(w.body(w.ops));
    if (!r) {
      state.SkipWithError(r.error().describe().c_str());
      return;
    }
    checksum += *r;
  }
  double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
  benchmark::DoNotOptimize(checksum);
  state.counters["ops"] = static_cast<double>(w.ops);
  // Plain ns (Counter's kInvert would print seconds with an "s" suffix).
  state.counters["ns_per_op"] = ns / static_cast<double>(state.iterations()) / static_cast<double>(w.ops);
  state.SetLabel(std::string("ns per ") + w.unit + (*w.note ? std::string("; ") + w.note : ""));
}

}  // namespace

int main(int argc, char** argv) {
  // Registered from the shared list, so the wasm harness and this binary run the same set.
  for (const bench::Workload& w : bench::workloads()) {
    benchmark::RegisterBenchmark(w.name, [w](benchmark::State& s) { run_workload(s, w); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
