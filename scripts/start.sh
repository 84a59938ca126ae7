#!/usr/bin/env bash
# `npm start`: set-up, build the WebAssembly modules the page loads, serve the page.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
for preset in wasm wasm-mt; do
  start=$(now)
  build_preset "$preset" --target web
  say "build $preset (web modules): ok ($(elapsed "$start"))"
done
exec node scripts/serve.mjs
