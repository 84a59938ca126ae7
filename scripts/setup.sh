#!/usr/bin/env bash
# Installs what the build, the tests and the page need, when missing (Debian 12, as root or
# with sudo): compilers, Emscripten, GoogleTest, Google Benchmark, Chromium, node_modules.
# Fast and silent about work when everything is there already.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# Debian package -> a file it installs (cheaper to test than dpkg-query for each).
declare -A PACKAGES=(
  [cmake]=/usr/bin/cmake
  [ninja-build]=/usr/bin/ninja
  [g++]=/usr/bin/g++
  [python3]=/usr/bin/python3
  [emscripten]=/usr/bin/em++
  [googletest]=/usr/src/googletest/CMakeLists.txt
  [libbenchmark-dev]=/usr/include/benchmark/benchmark.h
  [chromium]=/usr/bin/chromium
)
missing=()
for pkg in "${!PACKAGES[@]}"; do
  [ -e "${PACKAGES[$pkg]}" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Package lists: fetched only when there are none (fresh machine) or an install fails on them.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    say "setup: apt-get update"
    "${sudo[@]}" apt-get update -qq
  fi
  say "setup: apt-get install ${missing[*]}"
  if ! "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/tmp/loopscope-apt.log 2>&1; then
    say "setup: apt-get update (install failed with the current lists)"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/tmp/loopscope-apt.log 2>&1 \
      || { tail -n 30 /tmp/loopscope-apt.log >&2; exit 1; }
  fi
fi

# node_modules: (re)installed from the lock file when absent or older than it.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
version() { "$@" --version 2>/dev/null | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1; }
say "setup: ready (em++ $(version em++), g++ $(version g++), cmake $(version cmake), node $(version node))"
