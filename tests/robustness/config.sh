#!/usr/bin/env bash
# The project configuration (.routekaart.yaml) as the binary finds and applies it:
#  (a) it is found in a parent folder of the working folder, however far up;
#  (b) one that other users may change, and (c, as root) one that belongs to another user, is not
#      applied: under --verbose (and always in `config`) one note on standard error says why and
#      how to use it anyway, without it nothing is said; --config FILE does apply it;
#  (d) with `include:`, a path that does not exist, a folder that cannot be read (unless `exclude:`
#      names it; as root: with the capabilities that bypass permissions dropped) and standard
#      input are still checked, so they fail (exit 2) or pass on their merits instead of passing
#      with nothing checked.
#   tests/robustness/config.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
unset LANG LC_MESSAGES
failures=0
checks=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { checks=$((checks + 1)); }
if [ -e /tmp/.routekaart.yaml ] || [ -e /.routekaart.yaml ]; then
  echo "SKIP: a .routekaart.yaml above the test folder would be found too"
  exit 77
fi

project=$work/project
mkdir -p "$project/a/b/c"
cp "$root/examples/de-brug.yaml" "$project/a/b/c/x.yaml"  # one warning: fails only with the config
printf 'fail-on: warning\n' >"$project/.routekaart.yaml"
chmod 644 "$project/.routekaart.yaml"
note_for() {  # the note for a configuration three folders up, with REASON
  echo "routekaart: note: ../../../.routekaart.yaml is not used because $1; to use it anyway, add --config ../../../.routekaart.yaml"
}

# (a) Three folders up: applied (fail-on: warning makes the warning of x.yaml fail).
(cd "$project/a/b/c" && "$binary" check x.yaml >/dev/null 2>"$work/err")
code=$?
[ "$code" = 1 ] && [ ! -s "$work/err" ] && ok ||
  fail "(a) the configuration three folders up: exit $code, $(cat "$work/err")"
(cd "$project/a/b/c" && "$binary" config) | grep -q '^file *\.\./\.\./\.\./\.routekaart\.yaml ' && ok ||
  fail "(a) config does not show ../../../.routekaart.yaml"

# (b) Others may change it.
chmod 666 "$project/.routekaart.yaml"
(cd "$project/a/b/c" && "$binary" check x.yaml >/dev/null 2>"$work/err")
code=$?
[ "$code" = 0 ] && ok || fail "(b) exit $code: the configuration was applied"
[ ! -s "$work/err" ] && ok || fail "(b) a note without --verbose: $(cat "$work/err")"
(cd "$project/a/b/c" && "$binary" --verbose check x.yaml >/dev/null 2>"$work/err")
code=$?
[ "$code" = 0 ] && ok || fail "(b) --verbose: exit $code: the configuration was applied"
grep -Fxq "$(note_for "other users may change it")" "$work/err" && ok ||
  fail "(b) the note under --verbose: $(cat "$work/err")"
(cd "$project/a/b/c" && "$binary" --config ../../../.routekaart.yaml check x.yaml >/dev/null 2>"$work/err")
code=$?
[ "$code" = 1 ] && [ ! -s "$work/err" ] && ok || fail "(b) with --config: exit $code, $(cat "$work/err")"
(cd "$project/a/b/c" && ROUTEKAART_LANG=nl "$binary" --verbose list >/dev/null 2>"$work/err")
[ "$(cat "$work/err")" = "routekaart: let op: ../../../.routekaart.yaml wordt niet gebruikt, want andere gebruikers mogen het wijzigen; wil je het toch gebruiken, voeg dan --config ../../../.routekaart.yaml toe" ] &&
  ok || fail "(b) the Dutch note: $(cat "$work/err")"
chmod 644 "$project/.routekaart.yaml"

# (c) Another user's file.
if [ "$(id -u)" = 0 ]; then
  chown 65534:65534 "$project/.routekaart.yaml"
  (cd "$project/a/b/c" && "$binary" --verbose check x.yaml >/dev/null 2>"$work/err")
  code=$?
  [ "$code" = 0 ] && grep -Fxq "$(note_for "it belongs to another user")" "$work/err" && ok ||
    fail "(c) another user's file: exit $code, $(cat "$work/err")"
  chown 0:0 "$project/.routekaart.yaml"
else
  echo "(c) skipped: only root can give a file to another user"
fi

# (d) include: the patterns choose among files that are there.
printf 'include: ["**/*.yml"]\n' >"$project/.routekaart.yaml"
(cd "$project" && "$binary" check missing.yaml >"$work/out" 2>&1)
code=$?
[ "$code" = 2 ] && grep -q "^missing.yaml: error: cannot read the file" "$work/out" && ok ||
  fail "(d) a missing file with include: exit $code, $(cat "$work/out")"
(cd "$project" && "$binary" check no-such-folder/ >"$work/out" 2>&1)
code=$?
[ "$code" = 2 ] && ok || fail "(d) a missing folder with include: exit $code, $(cat "$work/out")"
(cd "$project" && "$binary" check - <"$root/examples/de-brug.yaml" >"$work/out" 2>&1)
code=$?
grep -q "^1 file: 1 valid" "$work/out" && ok || fail "(d) standard input with include: $(tail -n 1 "$work/out")"
(cd "$project" && "$binary" check a >"$work/out" 2>&1)
code=$?
[ "$code" = 0 ] && grep -q "^0 files" "$work/out" && ok ||
  fail "(d) x.yaml does not match **/*.yml and is skipped: exit $code, $(tail -n 1 "$work/out")"
drop=()
if [ "$(id -u)" = 0 ]; then
  drop=(setpriv --bounding-set -dac_override,-dac_read_search)
  "${drop[@]}" true || drop=(skip)
fi
if [ "${drop[0]:-}" != skip ]; then
  mkdir -p "$project/locked"
  cp "$root/examples/de-brug.yaml" "$project/locked/y.yml"
  chmod 000 "$project/locked"
  (cd "$project" && "${drop[@]}" "$binary" check . >"$work/out" 2>&1)
  code=$?
  [ "$code" = 2 ] && grep -q "^./locked: error: cannot read the file" "$work/out" && ok ||
    fail "(d) an unreadable folder with include: exit $code, $(cat "$work/out")"
  printf 'include: ["**/*.yml"]\nexclude: ["*/locked"]\n' >"$project/.routekaart.yaml"
  (cd "$project" && "${drop[@]}" "$binary" check . >"$work/out" 2>&1)
  code=$?
  chmod 755 "$project/locked"
  [ "$code" = 0 ] && ok || fail "(d) an unreadable folder that exclude names: exit $code, $(cat "$work/out")"
else
  echo "(d) unreadable folder skipped: running as root and setpriv cannot drop capabilities"
fi

[ "$failures" -eq 0 ] || exit 1
echo "config: $checks checks passed"
