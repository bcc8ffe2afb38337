#!/usr/bin/env bash
# `-o PATH` keeps its promises, on every command that writes one:
#  (a) `-o -` and `-o /dev/stdout` put exactly one report on standard output, the same bytes as
#      without -o (check used to print the report and the text report into one stream);
#  (b) a folder, a FIFO and a device are refused with one clear message and left as they were,
#      with and without --force, and nothing hangs;
#  (c) an output that is one of the files the command reads is refused and the file is unchanged,
#      whatever name reaches it: the same name, a symbolic link, a hard link, "./", a file found
#      in a folder, a rating file in a --ratings folder, the project configuration, standard input;
#  (d) --force writes through a symbolic link (the link stays, its target is replaced) and keeps
#      the replaced file's mode, and as root its owner;
#  (e) a legal 240-byte name is written and no temporary file is left;
#  (f) a name that is not UTF-8 is refused before anything is written: `init`, and `rate` before
#      its first question.
#   tests/robustness/output.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en ROUTEKAART_TODAY=2026-11-30
unset LANG LC_MESSAGES
failures=0
checks=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { checks=$((checks + 1)); }

# Runs routekaart with ARGS in $work, standard input from /dev/null (or $stdin), standard output
# into $work/out and standard error into $work/err; sets $code (124: it hung for 20 s).
stdin=/dev/null
run() {
  (cd "$work" && timeout 20 "$binary" "$@" <"$stdin" >"$work/out" 2>"$work/err")
  code=$?
}
# expect CODE MESSAGE-START WHAT: the last run exited CODE and its first line on stderr starts
# with "routekaart: error: MESSAGE-START".
expect() {
  local first
  first=$(head -n 1 "$work/err")
  if [ "$code" != "$1" ]; then
    fail "$3: exit $code, expected $1 ($(head -c 300 "$work/err"))"
  elif [ -n "$2" ] && [ "${first#"routekaart: error: $2"}" = "$first" ]; then
    fail "$3: stderr starts '$first', expected 'routekaart: error: $2'"
  else
    ok
  fi
}

cd "$work" || exit 2
cp "$root/examples/de-brug.yaml" a.yaml
cp "$root/examples/kompas-cgt.yaml" b.yaml
cp "$root/tests/files/ratings/team.yaml" team.yaml
mkdir -p ratings folder
cp "$root/tests/files/ratings/team/r3-leerplicht.yaml" ratings/r3.yaml
cp a.yaml folder/c.yaml
answers=$work/answers
for _ in $(seq 1 14); do printf '4\n3\n'; done >"$answers"

# Each command with -o, and what it reads.
commands=(
  "schema"
  "completion bash"
  "validate a.yaml"
  "check a.yaml"
  "check a.yaml --format json"
  "spec a.yaml"
  "ratings team.yaml --ratings ratings"
  "agenda team.yaml --ratings ratings"
  "diff a.yaml b.yaml"
)

# (a) Standard output, three ways.
for command in "${commands[@]}" "init"; do
  # shellcheck disable=SC2086
  run $command
  cp "$work/out" "$work/plain"
  plain_code=$code
  for target in - /dev/stdout; do
    if [ "$command" = init ]; then run init "$target"; else run $command -o "$target"; fi
    if [ "$code" != "$plain_code" ] || ! cmp -s "$work/plain" "$work/out"; then
      fail "(a) '$command -o $target': exit $code and $(wc -c <"$work/out") bytes, without -o exit $plain_code and $(wc -c <"$work/plain") bytes"
    else
      ok
    fi
  done
done
run check a.yaml --format json -o -
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out" && ok ||
  fail "(a) check --format json -o -: standard output is not one JSON document"

# (b) Not a file: a folder, a FIFO, a device (through a link too). As root the device is a null
# device made here: a routekaart that renamed over it (as the old one did) must not destroy the
# system's /dev/null, which root could.
mkfifo "$work/fifo"
device=/dev/null
if [ "$(id -u)" = 0 ] && mknod "$work/device" c 1 3 2>/dev/null; then device=$work/device; fi
ln -s "$device" "$work/null-link"
for command in "${commands[@]}"; do
  for force in "" --force; do
    # shellcheck disable=SC2086
    run $command -o folder $force
    expect 2 "folder is a folder, not a file" "(b) '$command -o folder $force'"
    # shellcheck disable=SC2086
    run $command -o fifo $force
    expect 2 "fifo is not an ordinary file (a device or a pipe)" "(b) '$command -o fifo $force'"
    # shellcheck disable=SC2086
    run $command -o "$device" $force
    expect 2 "$device is not an ordinary file" "(b) '$command -o $device $force'"
    # shellcheck disable=SC2086
    run $command -o null-link $force
    expect 2 "null-link is not an ordinary file" "(b) '$command -o null-link $force'"
  done
done
run init folder --force
expect 2 "folder is a folder, not a file" "(b) init folder --force"
[ -p "$work/fifo" ] && [ -c "$device" ] && [ -L "$work/null-link" ] && cmp -s a.yaml folder/c.yaml &&
  [ "$(ls folder)" = c.yaml ] && ok || fail "(b) a folder, FIFO, device or link was changed"
[ "$(head -n 2 "$work/err" | tail -n 1)" = "    hint: name a file for -o, or use -o - (or leave out -o) for standard output" ] &&
  ok || fail "(b) the hint: $(cat "$work/err")"

# (c) One of the inputs, under every name.
ln -s a.yaml link.yaml
ln a.yaml hard.yaml
printf 'fail-on: error\n' >.routekaart.yaml
cp a.yaml a.saved
cp ratings/r3.yaml r3.saved
cp team.yaml team.saved
cp .routekaart.yaml config.saved
inputs=(
  "validate a.yaml -o a.yaml"
  "check a.yaml -o a.yaml"
  "check a.yaml -o link.yaml"
  "check a.yaml -o hard.yaml"
  "check link.yaml -o ./a.yaml"
  "check a.yaml -o $work/a.yaml"
  "check . -o folder/c.yaml"
  "spec a.yaml -o a.yaml"
  "spec a.yaml -o link.yaml"
  "ratings team.yaml -o team.yaml"
  "ratings team.yaml --ratings ratings -o ratings/r3.yaml"
  "ratings team.yaml --ratings ratings --plot ratings/r3.yaml"
  "agenda team.yaml --ratings ratings -o ratings/r3.yaml"
  "diff a.yaml b.yaml -o hard.yaml"
  "diff b.yaml a.yaml -o a.yaml"
  "schema -o .routekaart.yaml"
  "completion bash -o .routekaart.yaml"
)
for command in "${inputs[@]}"; do
  # shellcheck disable=SC2086
  run $command --force
  target=${command##* }
  expect 2 "$target is one of the files this command reads; writing there would replace it" \
    "(c) '$command --force'"
done
stdin=$work/a.yaml
run check - -o a.yaml --force
expect 2 "a.yaml is one of the files this command reads" "(c) check - -o a.yaml < a.yaml"
stdin=$answers
run rate a.yaml --rater Ann -o link.yaml --force
expect 2 "link.yaml is one of the files this command reads" "(c) rate a.yaml -o link.yaml"
grep -q "Importance" "$work/out" && fail "(c) rate asked questions before refusing the output" || ok
stdin=/dev/null
cmp -s a.yaml a.saved && cmp -s ratings/r3.yaml r3.saved && cmp -s team.yaml team.saved &&
  cmp -s .routekaart.yaml config.saved && cmp -s folder/c.yaml a.saved && [ -L link.yaml ] && ok ||
  fail "(c) an input was changed"
rm .routekaart.yaml config.saved

# (d) Through a symbolic link, keeping mode and owner.
mkdir -p reports
printf 'old\n' >reports/real.json
chmod 600 reports/real.json
ln -s reports/real.json link.json
run check a.yaml --format json -o link.json --force
expect 0 "" "(d) check -o link.json --force"
[ -L link.json ] && [ "$(readlink link.json)" = reports/real.json ] && ok ||
  fail "(d) the link was replaced"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' reports/real.json && ok ||
  fail "(d) the link's target is not the new report"
[ "$(stat -c %a reports/real.json)" = 600 ] && ok ||
  fail "(d) mode $(stat -c %a reports/real.json), expected 600"
[ "$(ls reports)" = real.json ] && ok || fail "(d) strays in reports/: $(ls reports)"
if [ "$(id -u)" = 0 ]; then
  chown 65534:65534 reports/real.json
  run check a.yaml --format json -o reports/real.json --force
  [ "$(stat -c %u:%g:%a reports/real.json)" = 65534:65534:600 ] && ok ||
    fail "(d) owner and mode $(stat -c %u:%g:%a reports/real.json), expected 65534:65534:600"
fi

# (e) A 240-byte name.
long=$(printf 'r%.0s' $(seq 1 235)).json
run check a.yaml --format json -o "$long"
expect 0 "" "(e) check -o <240 bytes>"
[ -f "$long" ] && ok || fail "(e) the 240-byte file was not written"
compgen -G "$work/*.routekaart-*" >/dev/null && fail "(e) a temporary file was left" || ok

# (f) Names that are not UTF-8.
run init $'bad\xff.yaml'
expect 2 "the name bad"$'\xEF\xBF\xBD'".yaml is not valid UTF-8 text" "(f) init bad<FF>.yaml"
compgen -G "$work/bad*" >/dev/null && fail "(f) init wrote a file with a name that is not UTF-8" || ok
mkdir $'team\xfe'
cp a.yaml $'team\xfe/'
stdin=$answers
run rate $'team\xfe/a.yaml' --rater Ann
expect 2 "the name team"$'\xEF\xBF\xBD'"/ratings/ann-2026-11-30.yaml is not valid UTF-8 text" \
  "(f) rate in a folder whose name is not UTF-8"
grep -q "Importance" "$work/out" && fail "(f) rate asked questions first" || ok
[ -e $'team\xfe/ratings' ] && fail "(f) rate made the ratings folder" || ok
run rate a.yaml --rater Ann -o $'r\xfe.yaml'
expect 2 "the name r"$'\xEF\xBF\xBD'".yaml is not valid UTF-8 text" "(f) rate -o r<FE>.yaml"
stdin=/dev/null

[ "$failures" -eq 0 ] || exit 1
echo "output: $checks checks passed on ${#commands[@]} commands and init, rate"
