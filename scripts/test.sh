#!/usr/bin/env bash
# `npm test`: set-up, then every build and every test of the project. Runs all stages even when
# one fails, prints one line per stage with its wall and CPU time, and exits non-zero if any
# failed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PRESETS=(native-debug native-asan wasm wasm-mt)
summary=()
failed=0

# stage NAME COMMAND...: runs COMMAND, records "ok"/"FAILED" with the time it took.
stage() {
  local name=$1; shift
  local start cpu status took
  start=$(now)
  children_cpu; cpu=$CHILDREN_CPU
  say "$name"
  if "$@"; then status=ok; else status=FAILED; failed=$((failed + 1)); fi
  children_cpu
  took="$(elapsed "$start") wall, $(awk -v a="$cpu" -v b="$CHILDREN_CPU" 'BEGIN { printf "%.1fs", b - a }') cpu"
  summary+=("$(printf '%-22s %-7s %s' "$name" "$status" "$took")")
  say "$name: $status ($took)"
}

total_start=$(now)
stage setup bash scripts/setup.sh
[ "$failed" -eq 0 ] || { echo "setup failed: nothing else can run" >&2; exit 1; }

for preset in "${PRESETS[@]}"; do
  before=$failed
  stage "build $preset" build_preset "$preset"
  if [ "$failed" -eq "$before" ]; then
    stage "ctest $preset" ctest --preset "$preset"
  else
    summary+=("$(printf '%-22s %-7s %s' "ctest $preset" skipped "(its build failed)")")
  fi
done
stage "jest (tests/node)" node_modules/.bin/jest
stage "browser (chromium)" npm run --silent test:browser

echo
children_cpu
say "summary ($(elapsed "$total_start") wall, ${CHILDREN_CPU%.*}s cpu in all)"
printf '    %s\n' "${summary[@]}"
echo "stages: $(printf '%s\n' "${summary[@]}" | grep -c ' ok ') passed, $failed failed"
[ "$failed" -eq 0 ]
