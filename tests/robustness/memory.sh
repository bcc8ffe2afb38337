#!/usr/bin/env bash
# Peak memory flat in the number of files: `check` of 2,000 generated files (bench/generate.py)
# in every report format stays under 20 MB, and within 4 MB of the same run on 200 files. Each
# file's report goes to the writer as soon as it is done (check::run_each, render::ReportWriter);
# a renderer that kept the whole report would need about 11 KB per file, 20 MB more at 2,000.
# Peak memory is the maximum resident set size from /usr/bin/time. Exit 77 (skipped) without it.
#   tests/robustness/memory.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x /usr/bin/time ] || { echo "skipped: /usr/bin/time is missing"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
python3 "$root/bench/generate.py" "$work/many" 2000 >/dev/null || exit 1
mkdir "$work/few"
for i in $(seq -f %05g 1 200); do ln "$work/many/intervention-$i.yaml" "$work/few/"; done
[ "$(ls "$work/few" | wc -l)" -eq 200 ] || { echo "FAIL: expected 200 files in few/"; exit 1; }

failures=0
peak() {  # peak FOLDER FORMAT: the peak memory in KB of `check FOLDER --format FORMAT`
  /usr/bin/time -f '%M' -o "$work/time" "$binary" check "$1" --format "$2" >"$work/out" 2>/dev/null
  local code=$?
  [ $code -le 1 ] || { echo "FAIL: check $1 --format $2 exited $code" >&2; failures=$((failures + 1)); }
  tail -n 1 "$work/time"
}
formats=$("$binary" check --help | sed -n 's/.*--format TEXT:{\(.*\)}.*/\1/p' | tr ',' ' ')
[ -n "$formats" ] || { echo "FAIL: no formats in check --help"; exit 1; }
for format in $formats; do
  few=$(peak "$work/few" "$format")
  many=$(peak "$work/many" "$format")
  echo "$format: 200 files $((few / 1024)) MB, 2000 files $((many / 1024)) MB (${few} and ${many} KB)"
  if [ "$many" -ge $((20 * 1024)) ]; then
    echo "FAIL: $format: ${many} KB at 2,000 files, not under 20 MB"
    failures=$((failures + 1))
  fi
  if [ "$many" -gt $((few + 4 * 1024)) ]; then
    echo "FAIL: $format: memory grows with the files: ${few} KB at 200, ${many} KB at 2,000"
    failures=$((failures + 1))
  fi
done
[ "$failures" -eq 0 ] && echo "ok: peak memory flat in the number of files in every format"
[ "$failures" -eq 0 ]
