#!/usr/bin/env bash
# A bounded libFuzzer run of routekaart_fuzz (fuzz_check.cpp, built with clang, ASan + UBSan) on
# the committed corpus. New inputs go to a scratch folder, never into the repository. A crash,
# a sanitizer report, a leak or a slow input (over 10 s) fails the run; libFuzzer's reproducer
# is then kept in build-fuzz/artifacts/: fix the bug and commit the input to
# tests/fuzz/corpus/regressions/, where the fuzz/replay test of every build replays it.
#   tests/fuzz/run.sh BUILD/routekaart_fuzz [SECONDS]
set -eu
fuzzer=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
artifacts=$(dirname "$fuzzer")/artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "fuzz: $seconds s on $(find "$root/tests/fuzz/corpus" -type f | wc -l) corpus inputs" >&2
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$scratch" "$root/tests/fuzz/corpus" 2>"$scratch.log" ||
  status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' \
  "$scratch.log" >&2 || true
if [ "$status" != 0 ]; then
  tail -n 60 "$scratch.log" >&2
  echo "fuzz: FAILED (exit $status); reproducer in $artifacts/" >&2
fi
rm -f "$scratch.log"
exit "$status"
