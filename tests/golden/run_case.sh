#!/usr/bin/env bash
# Runs one golden case against the real binary and compares with the expected files.
#   tests/golden/<case>/cmd          a bash command line, run from the repository root with the
#                                    built `routekaart` first on PATH
#   tests/golden/<case>/stdout       expected standard output
#   tests/golden/<case>/stderr       expected standard error (absent: must be empty)
#   tests/golden/<case>/exit         expected exit code
# ROUTEKAART_UPDATE_GOLDEN=1 writes the actual results as the expected ones (review the diff!).
set -u
binary=$1
case_dir=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT

export NO_COLOR=1 LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
unset ROUTEKAART_LANG LC_MESSAGES GITHUB_STEP_SUMMARY  # a CI runner's job summary is not ours to write
export PATH="$(cd "$(dirname "$binary")" && pwd):$PATH"
export GOLDEN_TMP="$actual/tmp"
mkdir -p "$GOLDEN_TMP"
cd "$root"
# pipefail: a case piping routekaart through sed or head records routekaart's exit code.
timeout 60 bash -o pipefail -c "$(cat "$case_dir/cmd")" >"$actual/stdout" 2>"$actual/stderr" </dev/null
echo $? >"$actual/exit"

if [ "${ROUTEKAART_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual/stdout" "$actual/exit" "$case_dir/"
  if [ -s "$actual/stderr" ]; then cp "$actual/stderr" "$case_dir/"; else rm -f "$case_dir/stderr"; fi
  exit 0
fi

status=0
for stream in stdout exit stderr; do
  expected="$case_dir/$stream"
  [ -f "$expected" ] || expected=/dev/null
  if ! diff -u --label "expected $stream" --label "actual $stream" "$expected" "$actual/$stream"; then
    status=1
  fi
done
exit $status
