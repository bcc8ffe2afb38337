#!/usr/bin/env bash
# No output file is ever left half-written (`-o FILE` goes through a temporary file in the same
# folder, flushed and renamed into place):
#  (a) a full file system: `check examples --format json -o FULL/report.json --force` on a 64 KiB
#      tmpfs that is full fails with exit 2 and a clear message, the old report.json is intact
#      byte for byte and no temporary file is left. Needs `mount` (root); skipped otherwise.
#  (b) SIGKILL at random moments while a large report is written: afterwards report.json is the
#      old file or a complete new report, never anything else. A temporary file
#      report.json.routekaart-XXXXXX may be left behind by a killed process (it cannot clean up);
#      the script counts them and checks that they are the only strays.
#   tests/robustness/atomic.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
mounted=
trap '[ -n "$mounted" ] && umount "$mounted"; rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
unset LANG LC_MESSAGES
failures=0
skipped=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# (a) A full file system.
full=$work/full
mkdir -p "$full"
if mount -t tmpfs -o size=64k tmpfs "$full" 2>/dev/null; then
  mounted=$full
  printf 'the old report\n' >"$full/report.json"
  cp "$full/report.json" "$work/old-report.json"
  dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null  # until the disk is full
  (cd "$root" && "$binary" check examples --format json -o "$full/report.json" --force \
    >"$work/out" 2>"$work/err")
  code=$?
  [ "$code" = 2 ] || fail "(a) exit $code on a full disk, expected 2"
  sed "s|$full|FULL|g" "$work/err" >"$work/err-shown"
  cat >"$work/err-expected" <<'EOF'
routekaart: error: cannot write FULL/report.json: No space left on device
    hint: check that the folder exists and that you may write there
EOF
  diff -u "$work/err-expected" "$work/err-shown" || fail "(a) the message differs"
  cmp -s "$work/old-report.json" "$full/report.json" || fail "(a) the old report.json changed"
  strays=$(find "$full" -mindepth 1 ! -name report.json ! -name filler | wc -l)
  [ "$strays" = 0 ] || fail "(a) $strays stray files left on the full disk"
  umount "$full" && mounted=
  echo "(a) full disk: exit $code, old report intact, no temporary file left"
else
  echo "SKIP (a): cannot mount a tmpfs (not root, or no permission in this container)"
  skipped=1
fi

# (b) SIGKILL while writing. 1,000 generated files give a JSON report of about 14 MB.
files=$work/files
python3 "$root/bench/generate.py" "$files" 1000 --seed 7 || exit 1
out=$work/out-dir
mkdir -p "$out"
printf '{"old": true}\n' >"$out/report.json"
cp "$out/report.json" "$work/old.json"
kills=0 mid_write=0 old=0 new=0 strays_total=0
for attempt in $(seq 1 12); do
  "$binary" check "$files" --format json -o "$out/report.json" --force >/dev/null 2>&1 &
  pid=$!
  if [ $((attempt % 3)) = 0 ]; then
    sleep "0.$((RANDOM % 10))$((RANDOM % 10))"  # somewhere while checking
  else
    # While writing: as soon as the temporary file appears, then 0-29 ms later.
    while ! compgen -G "$out/report.json.routekaart-*" >/dev/null && kill -0 "$pid" 2>/dev/null; do
      :
    done
    compgen -G "$out/report.json.routekaart-*" >/dev/null && mid_write=$((mid_write + 1))
    sleep "0.0$((RANDOM % 3))$((RANDOM % 10))"
  fi
  if kill -KILL "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null
  if cmp -s "$work/old.json" "$out/report.json"; then
    old=$((old + 1))
  elif python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["summary"]["files"] != 1000)' \
    "$out/report.json" 2>/dev/null; then
    new=$((new + 1))
    cp "$work/old.json" "$out/report.json"  # start the next attempt from the old file again
  else
    fail "(b) attempt $attempt: report.json is neither the old file nor a complete report"
    cp "$work/old.json" "$out/report.json"
  fi
  for stray in "$out"/*; do
    case $(basename "$stray") in
      report.json) ;;
      report.json.routekaart-??????) strays_total=$((strays_total + 1)); rm -f "$stray" ;;
      *) fail "(b) unexpected file $(basename "$stray")" ;;
    esac
  done
done
echo "(b) 12 runs, $kills killed ($mid_write of them while the temporary file existed):" \
  "report.json was the old file $old times and a complete new report $new times;" \
  "$strays_total temporary files left by killed runs (removed)"
[ "$mid_write" -gt 0 ] || fail "(b) no run was killed while writing: the test proved nothing"

[ "$failures" = 0 ] || exit 1
[ "$skipped" = 0 ] || exit 77
exit 0
