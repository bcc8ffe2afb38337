#!/usr/bin/env bash
# A bounded libFuzzer run of the fuzz targets (tests/fuzz/fuzz_<name>.cpp, built with clang,
# ASan + UBSan, against a yaml-cpp built with the same sanitizers: tools/quickstart fuzz), each on
# its committed corpus (tests/fuzz/corpus for check, tests/fuzz/corpus-<name> for the others).
# SECONDS (default 60) are shared out over the targets named (default: all five), check (the
# pipeline and every renderer, whose corpus alone takes about 10 s to load) getting two shares. New
# inputs go to BUILD/fuzz-corpus/<name>, never into the repository, and are kept, so that later
# runs go on from there. A crash, a sanitizer report, a leak or a slow input (over 10 s) fails the
# run; libFuzzer's reproducer is then kept in BUILD/artifacts/<name>/: fix the bug and commit the
# input to the target's corpus, under regressions/, where the fuzz/replay tests of every build
# replay it.
#   tests/fuzz/run.sh BUILD [SECONDS] [check|rating|config|diff|baseline...]
set -eu
build=$1
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check rating config diff baseline)
root=$(cd "$(dirname "$0")/../.." && pwd)
shares=${#targets[@]}
for target in "${targets[@]}"; do [ "$target" != check ] || shares=$((shares + 1)); done
each=$((seconds / shares))
[ "$each" -ge 1 ] || each=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
for target in "${targets[@]}"; do
  fuzzer=$build/routekaart_fuzz_$target corpus=$root/tests/fuzz/corpus-$target
  if [ "$target" = check ]; then fuzzer=$build/routekaart_fuzz corpus=$root/tests/fuzz/corpus; fi
  [ -x "$fuzzer" ] && [ -d "$corpus" ] || {
    echo "fuzz: no target '$target' ($fuzzer, $corpus)" >&2
    exit 2
  }
  grown=$build/fuzz-corpus/$target artifacts=$build/artifacts/$target time=$each
  [ "$target" != check ] || time=$((2 * each))
  mkdir -p "$grown" "$artifacts"
  echo "fuzz: $target, $time s on $(find "$corpus" -type f | wc -l) corpus inputs" \
    "(+$(find "$grown" -type f | wc -l) grown)" >&2
  result=0
  "$fuzzer" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$grown" "$corpus" 2>"$log" || result=$?
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' \
    "$log" >&2 || true
  if [ "$result" != 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target FAILED (exit $result); reproducer in $artifacts/" >&2
    status=$result
  fi
done
exit "$status"
