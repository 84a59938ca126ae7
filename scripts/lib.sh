# Shared helpers of the project scripts (sourced, not run).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Emscripten 3.1.6's optimizer needs Debian's acorn (TOOLCHAIN.md).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
say() { printf '==> %s\n' "$*"; }
# Sets CHILDREN_CPU to the CPU seconds used so far by this shell's finished children (`times`,
# second line; run in this shell, not in $(...)). With other work on the machine, CPU time
# tells more than wall time about what a stage costs.
children_cpu() {
  local file; file=$(mktemp)
  times >"$file"
  CHILDREN_CPU=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$file")
  rm -f "$file"
}

# build_preset PRESET [cmake --build args...]: configure + build, output kept in
# build/PRESET/{configure,build}.log; printed when a step fails, warnings listed always.
build_preset() {
  local preset=$1; shift
  local dir="$ROOT/build/$preset"
  mkdir -p "$dir"
  if ! (cd "$ROOT" && cmake --preset "$preset" >"$dir/configure.log" 2>&1); then
    cat "$dir/configure.log"; return 1
  fi
  if ! (cd "$ROOT" && cmake --build --preset "$preset" "$@" >"$dir/build.log" 2>&1); then
    # From the first failed command on, without progress lines and inlining chains.
    awk '/^FAILED: /{ p = 1 } p' "$dir/build.log" \
      | grep -v -e '^\[[0-9]*/[0-9]*\] ' -e 'inlined from' | head -n 150
    grep -q '^FAILED: ' "$dir/build.log" || tail -n 50 "$dir/build.log"
    return 1
  fi
  # Warnings: one line each (the compiler's notes and inlining chains are in the log).
  local warnings
  warnings=$(grep -E ': warning: ' "$dir/build.log" | sort -u | cut -c1-300 || true)
  if [ -n "$warnings" ]; then
    printf '%s\n' "$warnings" | head -n 20
    echo "($(printf '%s\n' "$warnings" | wc -l) distinct warnings; full output in build/$preset/build.log)"
  fi
}
