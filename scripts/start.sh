#!/usr/bin/env bash
# `npm start`: set-up, build the engines the page loads and the site, serve it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
for preset in wasm wasm-mt; do
  start=$(now)
  build_preset "$preset" --target loopscope_engine
  say "build $preset (the page's engine): ok ($(elapsed "$start"))"
done
start=$(now)
npm run --silent build:web
say "build the site (build/site): ok ($(elapsed "$start"))"
exec node scripts/serve.mjs
