#!/usr/bin/env bash
# `cmake --install` puts everything in place, and the installed binary needs no source tree.
#   tests/install/install.sh BUILD_DIR
# Installs into a temporary prefix, checks the installed files against the sources, then runs
# the installed binary from an empty temporary folder (holding only a copy of one example),
# with a minimal environment, and renders the installed manual page.
set -u
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "FAIL: cmake --install $build --prefix $prefix"
  exit 1
fi

# The installed files, and where they come from.
# SOURCE is relative to the source tree, or absolute (a file the build wrote); empty: not compared.
check_installed() {
  local installed=$prefix/$1 source=$2
  if [ ! -f "$installed" ]; then
    fail "not installed: $1"
  elif [ -n "$source" ]; then
    [[ $source == /* ]] || source=$root/$source
    cmp -s "$installed" "$source" || fail "$1 differs from $source"
  fi
}
check_installed bin/routekaart ""
[ -x "$prefix/bin/routekaart" ] || fail "bin/routekaart is not executable"
check_installed share/man/man1/routekaart.1 man/routekaart.1
# The completions are build outputs (`routekaart completion SHELL`).
check_installed share/bash-completion/completions/routekaart "$build/completions/routekaart"
check_installed share/zsh/site-functions/_routekaart "$build/completions/_routekaart"
check_installed share/zsh/vendor-completions/_routekaart "$build/completions/_routekaart"
check_installed share/fish/vendor_completions.d/routekaart.fish "$build/completions/routekaart.fish"
installed_count=$(find "$prefix" -type f | wc -l)
[ "$installed_count" -eq 6 ] || fail "expected 6 installed files, found $installed_count: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"
[ "$failures" -eq 0 ] || exit 1

# An empty folder outside the source tree, with one example copied in, and nothing else.
work=$tmp/work
mkdir "$work"
cp "$root/examples/de-brug.yaml" "$work/de-brug.yaml"
cd / && cd "$work" || exit 1
run() {
  env -i PATH=/usr/bin:/bin HOME="$tmp" LC_ALL=C.UTF-8 NO_COLOR=1 "$prefix/bin/routekaart" "$@"
}

run --version >"$tmp/version" 2>&1
grep -qE '^routekaart [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{12}|unknown)\)$' "$tmp/version" ||
  fail "--version printed: $(cat "$tmp/version")"

# The installed completions are what the installed binary writes.
for shell in bash:bash-completion/completions/routekaart zsh:zsh/site-functions/_routekaart \
  fish:fish/vendor_completions.d/routekaart.fish; do
  run --lang en completion "${shell%%:*}" | cmp -s - "$prefix/share/${shell#*:}" ||
    fail "share/${shell#*:} differs from 'routekaart completion ${shell%%:*}'"
done

run --lang en list >"$tmp/list" 2>"$tmp/list.err"
status=$?
[ "$status" -eq 0 ] || fail "list exited $status: $(cat "$tmp/list.err")"
[ "$(grep -cE '^ *([1-9]|1[0-4])  ' "$tmp/list")" -eq 14 ] || fail "list does not show 14 signposts: $(cat "$tmp/list")"
grep -q 'Do not set the bar high at the start' "$tmp/list" || fail "list lacks signpost 6's title"
grep -q 'Provide sufficient resources to deliver the intervention' "$tmp/list" || fail "list lacks signpost 14's title"

run --lang en explain 6 >"$tmp/explain" 2>"$tmp/explain.err"
status=$?
[ "$status" -eq 0 ] || fail "explain 6 exited $status: $(cat "$tmp/explain.err")"
head -n 1 "$tmp/explain" | grep -q '^Signpost 6 — Do not set the bar high at the start$' ||
  fail "explain 6 starts with: $(head -n 1 "$tmp/explain")"
grep -q '^Slug: niet-hoog-insteken' "$tmp/explain" || fail "explain 6 lacks its slug"
grep -qE '^  6a ' "$tmp/explain" || fail "explain 6 lacks element 6a"
run --lang nl explain niet-hoog-insteken >"$tmp/explain-nl" 2>&1
head -n 1 "$tmp/explain-nl" | grep -q '^Wegwijzer 6 — ' || fail "explain in Dutch starts with: $(head -n 1 "$tmp/explain-nl")"

run --lang en check de-brug.yaml >"$tmp/check" 2>"$tmp/check.err"
status=$?
[ "$status" -eq 0 ] || fail "check de-brug.yaml exited $status: $(cat "$tmp/check.err")"
head -n 1 "$tmp/check" | grep -q '^De Brug — de-brug.yaml$' || fail "check starts with: $(head -n 1 "$tmp/check")"
grep -qE '^Coverage [0-9]+%: 10 addressed, 3 partial, 1 open, 0 not applicable$' "$tmp/check" ||
  fail "check does not report de-brug's coverage: $(sed -n 2p "$tmp/check")"
# The installed binary reports exactly what the binary in the build tree reports.
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$tmp" LC_ALL=C.UTF-8 NO_COLOR=1 \
  "$build/routekaart" --lang en check de-brug.yaml >"$tmp/check.build" 2>&1)
cmp -s "$tmp/check" "$tmp/check.build" || fail "installed and built binaries disagree on check"
run --lang en check de-brug.yaml --format json -o report.json >/dev/null 2>&1 || fail "check -o report.json failed"
grep -q '"intervention": *"De Brug"' report.json || fail "report.json lacks the intervention name"

# A broken copy is reported with its line and column, from the embedded rule table.
printf 'routekaart: 1\nintervention: {name: X}\nsignposts: {3: {status: done}}\n' >broken.yaml
run --lang en validate broken.yaml >"$tmp/validate" 2>&1
status=$?
[ "$status" -eq 1 ] || fail "validate broken.yaml exited $status, expected 1"
grep -q '^broken.yaml:3:[0-9]*: error: .*\[RK006\]' "$tmp/validate" || fail "validate broken.yaml printed: $(cat "$tmp/validate")"

# The installed manual page renders.
page=$prefix/share/man/man1/routekaart.1
if command -v mandoc >/dev/null; then
  mandoc -T utf8 "$page" >"$tmp/man.raw" 2>"$tmp/man.err" || fail "mandoc could not render $page: $(cat "$tmp/man.err")"
elif command -v man >/dev/null; then
  MANWIDTH=80 man -l "$page" >"$tmp/man.raw" 2>"$tmp/man.err" || fail "man -l could not render $page"
else
  echo "note: neither mandoc nor man is installed; the manual page is not rendered"
  : >"$tmp/man.raw"
fi
# Remove the overstriking (bold: X backspace X; underline: _ backspace X).
sed 's/.\x08//g' "$tmp/man.raw" >"$tmp/man"
if [ -s "$tmp/man" ]; then
  head -n 1 "$tmp/man" | grep -q 'ROUTEKAART(1)' || fail "the rendered page does not start with ROUTEKAART(1)"
  for heading in NAME SYNOPSIS DESCRIPTION COMMANDS 'GLOBAL OPTIONS' 'THE FILE FORMAT' COVERAGE \
    RULES 'OUTPUT FORMATS' ENVIRONMENT FILES 'EXIT STATUS' EXAMPLES 'SEE ALSO' AUTHORS; do
    grep -q "^$heading\$" "$tmp/man" || fail "the rendered page has no section $heading"
  done
fi

# The installed bash completion works from its installed place.
reply=$(bash -c 'source "$1"; COMP_WORDS=(routekaart che); COMP_CWORD=1; _routekaart; printf "%s\n" "${COMPREPLY[@]}"' _ \
  "$prefix/share/bash-completion/completions/routekaart")
[ "$reply" = check ] || fail "the installed bash completion offers [$reply] for 'che'"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: installed $installed_count files; the installed binary runs without the source tree"
