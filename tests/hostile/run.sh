#!/usr/bin/env bash
# The hostile-input suite: every tests/golden/hostile-*/ case (a `routekaart validate` of one
# hostile input, with its exact expected output and exit code), plus an inventory check: every
# committed input here is used by a case, and there are at least 40 cases.
#   tests/hostile/run.sh BINARY              inventory, then every case
#   tests/hostile/run.sh BINARY --inventory  inventory only (what CTest runs: it already runs each
#                                            case on its own as golden/hostile-*)
set -u
binary=$1
mode=${2:-all}
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden"
status=0
cases=("$golden"/hostile-*/)
if [ "${#cases[@]}" -lt 40 ]; then
  echo "only ${#cases[@]} hostile cases; the suite needs at least 40" >&2
  status=1
fi
for input in "$here"/*.yaml; do
  name=tests/hostile/$(basename "$input")
  if ! grep -qF "$name" "$golden"/hostile-*/cmd; then
    echo "$name is not used by any tests/golden/hostile-* case" >&2
    status=1
  fi
done
if [ "$mode" = --inventory ]; then
  echo "${#cases[@]} hostile cases"
  exit $status
fi
failed=0
for case_dir in "${cases[@]}"; do
  if ! bash "$golden/run_case.sh" "$binary" "${case_dir%/}" >/dev/null 2>&1; then
    echo "FAILED: $(basename "$case_dir") (rerun: bash tests/golden/run_case.sh $binary ${case_dir%/})"
    failed=$((failed + 1))
  fi
done
echo "${#cases[@]} hostile cases, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
