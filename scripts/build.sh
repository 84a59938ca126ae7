#!/usr/bin/env bash
# Configures and builds the given presets (default: the four that `npm test` uses).
# Usage: scripts/build.sh [PRESET...]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(native-debug native-asan wasm wasm-mt)
for preset in "${presets[@]}"; do
  start=$(now)
  build_preset "$preset"
  say "build $preset: ok ($(elapsed "$start"))"
done
