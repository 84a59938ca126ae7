#!/usr/bin/env bash
# `npm run bench [-- ARGS]`: the benchmarks. They print figures; nothing is asserted.
# Two parts: the runtime's (builds aio_bench, Google Benchmark, bench/aio/, in the
# native-release preset, then bench/run.mjs with ARGS: native, wasm and CPython side by side),
# then the Python interpreter's and asyncio's (bench/py/run.mjs: whole programs under CPython,
# native loopscope and wasm loopscope). `npm run bench -- py [ARGS]` runs only the Python part
# with ARGS, `npm run bench -- runtime [ARGS]` only the runtime part. `npm run bench -- npm [ARGS]`
# runs the npm package's benchmark (bench/npm/run.mjs: CLI start-up beside python3, package size),
# which needs the wasm preset's engine built.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
part=all
case "${1:-}" in
  py|runtime|npm) part=$1; shift ;;
esac
bash scripts/setup.sh
shopt -s nullglob

if [ "$part" = py ]; then
  exec node bench/py/run.mjs "$@"
fi
if [ "$part" = npm ]; then
  exec node bench/npm/run.mjs "$@"
fi

native=()
if [ -n "$(echo bench/aio/*.cpp)" ]; then
  start=$(now)
  build_preset native-release --target aio_bench
  say "build native-release aio_bench: ok ($(elapsed "$start"))"
  native=(--native-bin build/native-release/aio_bench)
fi

status=0
if [ -f bench/run.mjs ]; then
  node bench/run.mjs "${native[@]}" "$@" || status=$?
elif [ ${#native[@]} -gt 0 ]; then
  build/native-release/aio_bench "$@" || status=$?
else
  say "no runtime benchmarks yet (bench/aio/*.cpp, bench/run.mjs)"
fi

if [ "$part" = all ]; then
  node bench/py/run.mjs || status=$?
fi
exit "$status"
