#!/usr/bin/env bash
# `npm run bench [-- ARGS]`: the benchmarks. They print figures; nothing is asserted.
# Builds aio_bench (Google Benchmark, bench/aio/) in the native-release preset, then hands over
# to bench/run.mjs (native, wasm and CPython side by side) with ARGS, or runs aio_bench alone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
shopt -s nullglob

native=()
if [ -n "$(echo bench/aio/*.cpp)" ]; then
  start=$(now)
  build_preset native-release --target aio_bench
  say "build native-release aio_bench: ok ($(elapsed "$start"))"
  native=(--native-bin build/native-release/aio_bench)
fi

if [ -f bench/run.mjs ]; then
  exec node bench/run.mjs "${native[@]}" "$@"
elif [ ${#native[@]} -gt 0 ]; then
  exec build/native-release/aio_bench "$@"
fi
say "no benchmarks yet (bench/aio/*.cpp, bench/run.mjs)"
