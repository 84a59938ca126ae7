#!/usr/bin/env bash
# Builds the plain benchmark harness (bench/wasm/bench_main.cpp + runtime/aio) with em++ -O2,
# single-threaded and with -pthread, into build/bench-wasm/:
#   aio_bench_wasm.js (+ .wasm)       run: node --no-experimental-fetch aio_bench_wasm.js [reps]
#   aio_bench_wasm_mt.js (+ .wasm)    the same with -pthread (atomics, locking malloc)
# Usage: bench/build_wasm_bench.sh [st|mt]   (default: both)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/build/bench-wasm"
# Emscripten 3.1.6's optimizer needs Debian's acorn (TOOLCHAIN.md).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
mkdir -p "$OUT"

SOURCES=("$ROOT/bench/wasm/bench_main.cpp" "$ROOT"/runtime/aio/*.cpp)
COMMON=(-std=c++20 -O2 -DNDEBUG -fno-exceptions -Wno-deprecated-experimental-coroutine
        -I"$ROOT/runtime"
        -sENVIRONMENT=node -sEXIT_RUNTIME=1
        # 100k live tasks need ~100 MB; start big so no timed run grows memory.
        -sINITIAL_MEMORY=256MB -sALLOW_MEMORY_GROWTH=1)

build_st() {
  em++ "${COMMON[@]}" "${SOURCES[@]}" -o "$OUT/aio_bench_wasm.js"
  echo "built $OUT/aio_bench_wasm.js"
}
build_mt() {
  # No pthread is started (the loop runs on the main thread); this measures what -pthread
  # costs the single loop: atomics and malloc's lock.
  em++ "${COMMON[@]}" -pthread -Wno-pthreads-mem-growth "${SOURCES[@]}" -o "$OUT/aio_bench_wasm_mt.js"
  echo "built $OUT/aio_bench_wasm_mt.js"
}

case "${1:-both}" in
  st) build_st ;;
  mt) build_mt ;;
  both) build_st; build_mt ;;
  *) echo "usage: $0 [st|mt|both]" >&2; exit 2 ;;
esac
