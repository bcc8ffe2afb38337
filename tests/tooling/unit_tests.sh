#!/usr/bin/env bash
# Every source file of the core has its unit tests beside the pattern: src/<folder>/<file>.cpp is
# tested in tests/unit/test_<folder>_<file>.cpp (ARCHITECTURE.md). The core folders are the
# stages before the command line: common io yaml schema catalogue model check render (not cli,
# not third_party). Prints each source file without its test file and exits 1 when there is any.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
folders=(common io yaml schema catalogue model check render)
sources=0
missing=0
for folder in "${folders[@]}"; do
  for source in src/"$folder"/*.cpp; do
    [ -e "$source" ] || continue
    sources=$((sources + 1))
    name=$(basename "$source" .cpp)
    test=tests/unit/test_${folder}_${name}.cpp
    if [ ! -f "$test" ]; then
      echo "$source: no unit tests ($test is missing)"
      missing=$((missing + 1))
    fi
  done
done
if [ "$missing" -gt 0 ]; then
  echo "unit tests: $missing of $sources core source files have no test file"
  exit 1
fi
echo "unit tests: each of the $sources core source files has its test file"
