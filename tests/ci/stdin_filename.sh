#!/usr/bin/env bash
# `--stdin-filename NAME` gives standard input a real name in every output format: for `check`
# and `validate`, each format that `--help` lists (so a new format is covered by itself), the
# report of `- --stdin-filename NAME < FILE` is byte for byte the report of NAME itself, and so
# are the job summary (--summary -) and the baseline (--write-baseline). Without the option the
# reports differ (stdin is "-"), so the comparison can fail. NAME has a space, a non-ASCII letter
# and a folder, so that every format's escaping of a name is compared too.
#   tests/ci/stdin_filename.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG GITHUB_STEP_SUMMARY
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# check reads an example with findings; validate one with a format error, so that both name
# the file in every format.
mkdir -p "$tmp/docs"
cp "$root/examples/kompas-cgt.yaml" "$tmp/docs/Één brug.yaml"
cp "$root/tests/files/invalid/unknown-key.yaml" "$tmp/docs/Één plan.yaml"
cd "$tmp" || exit 1

# report COMMAND [ARG...]: stdout, stderr and exit code of routekaart --lang en COMMAND ARG...,
# reading the file $name from standard input.
report() { "$binary" --lang en "$@" <"$name" 2>&1; echo "exit $?"; }

compared=0
for command in check validate; do
  name="docs/Één brug.yaml"
  [ "$command" = check ] || name="docs/Één plan.yaml"
  formats=$("$binary" "$command" --help | sed -n 's/.*--format TEXT:{\([a-z,]*\)}.*/\1/p')
  [ -n "$formats" ] || { fail "$command --help lists no formats"; continue; }
  for format in ${formats//,/ }; do
    named=$(report "$command" "$name" --format "$format")
    piped=$(report "$command" - --stdin-filename "$name" --format "$format")
    [ "$named" = "$piped" ] ||
      fail "$command --format $format: stdin named '$name' differs from the file: $(diff <(echo "$named") <(echo "$piped") | head -n 6)"
    [ "$named" = "$(report "$command" - --format "$format")" ] &&
      fail "$command --format $format: the report of '-' does not differ from that of the file"
    compared=$((compared + 1))
  done
  named=$(report "$command" "$name" --summary - --format json)
  piped=$(report "$command" - --stdin-filename "$name" --summary - --format json)
  [ "$named" = "$piped" ] || fail "$command --summary -: stdin named '$name' differs from the file"
  compared=$((compared + 1))
done

name="docs/Één brug.yaml"
# The baseline: the same entries for the file and for stdin under its name, and the one written
# from stdin absorbs the file's findings.
"$binary" check "$name" --write-baseline from-file.json --quiet >/dev/null 2>&1
"$binary" check - --stdin-filename "$name" --write-baseline from-stdin.json --quiet <"$name" >/dev/null 2>&1
[ -s from-file.json ] && cmp -s from-file.json from-stdin.json ||
  fail "the baseline of stdin named '$name' differs from the file's"
"$binary" --lang en check "$name" --baseline from-stdin.json --fail-on info >baselined.out 2>&1 ||
  fail "the file against stdin's baseline exited $?: $(tail -n 3 baselined.out)"
compared=$((compared + 1))

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: $compared reports of stdin named docs/Één ... are those of the file itself"
