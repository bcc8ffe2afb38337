#!/usr/bin/env bash
# The Windows package under wine: routekaart.exe from dist/routekaart-VERSION-windows-x86_64.zip
# gives the same standard output, standard error and exit code as the Linux binary for check,
# validate, spec and ratings on the examples, in English and Dutch, including a file whose name
# has non-ASCII characters, a file with CRLF line ends, standard input and an -o file with a
# non-ASCII name. Both run in identical copies of the files; the files they write must be equal.
#   tests/package/wine.sh BINARY DIST WINEPREFIX
# Output is compared byte for byte; a case whose outputs differ only in '\' for '/' counts as the
# same ("same apart from path separators"). Exits 77 (skipped) when wine is not installed, when
# DIST holds no Windows package of this version (tools/quickstart package makes it), or when that
# package was built from another commit than BINARY.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dist=$(cd "$2" 2>/dev/null && pwd) || dist=$2
mkdir -p "$3" && prefix=$(cd "$3" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v wine >/dev/null; then
  echo "SKIP: wine is not installed (apt-get install wine wine64)"
  exit 77
fi
version=$("$binary" --version | awk '{print $2}')
zip=$dist/routekaart-$version-windows-x86_64.zip
if [ ! -f "$zip" ]; then
  echo "SKIP: there is no $zip (tools/quickstart package makes it)"
  exit 77
fi

tmp=$(mktemp -d)
export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" NO_COLOR=1 \
  LC_ALL=C.UTF-8 TZ=UTC
unset ROUTEKAART_LANG LANG LC_MESSAGES DISPLAY
trap 'wineserver -k 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

(cd "$tmp" && cmake -E tar xf "$zip") || {
  echo "FAIL: cannot unpack $zip"
  exit 1
}
exe=$tmp/routekaart-$version-windows-x86_64/routekaart.exe
[ -f "$exe" ] || {
  echo "FAIL: $zip holds no routekaart-$version-windows-x86_64/routekaart.exe"
  exit 1
}
# The first run sets up the wine prefix (about 20 s); the server then stays up for all cases.
wineserver -p 2>/dev/null
wine "$exe" --version >"$tmp/exe-version" 2>"$tmp/wine-setup.log"
"$binary" --version >"$tmp/linux-version"
if ! cmp -s "$tmp/exe-version" "$tmp/linux-version"; then
  if grep -q '^routekaart ' "$tmp/exe-version"; then
    echo "SKIP: the Windows package is $(cat "$tmp/exe-version"), this build is" \
      "$(cat "$tmp/linux-version"); run tools/quickstart package"
    exit 77
  fi
  echo "FAIL: routekaart.exe --version under wine printed:"
  cat "$tmp/exe-version" "$tmp/wine-setup.log"
  exit 1
fi

# Identical files for both: the examples, one of them under a name with non-ASCII characters and
# a space, one with CRLF line ends, a broken one, and the team ratings of the tests.
for side in linux windows; do
  work=$tmp/$side
  mkdir -p "$work/ratings"
  cp -r "$root/examples" "$work/examples"
  rm -rf "$work/examples/ci"
  cp "$root/examples/de-brug.yaml" "$work/één ü.yaml"
  sed 's/$/\r/' "$root/examples/kompas-cgt.yaml" >"$work/crlf.yaml"
  printf 'routekaart: 1\r\nintervention: {name: X}\r\nsignposts: {3: {status: done}}\r\n' >"$work/broken.yaml"
  cp -r "$root/tests/files/ratings/team" "$root/tests/files/ratings/team.yaml" \
    "$root/tests/files/ratings/one-rater.yaml" "$work/ratings/"
done
grep -q $'\r' "$tmp/windows/crlf.yaml" || fail "crlf.yaml has no CRLF line ends"

# Answers for `rate`, with CRLF line ends as a Windows editor or PowerShell writes them.
for side in linux windows; do
  printf '5\r\n3\r\ns\r\n4\r\n\r\n7\r\n2\r\nq\r\n' >"$tmp/$side/answers.txt"
done

# run NAME ARGS... : both binaries, from their own copy, with standard input from $input
# (crlf.yaml unless set).
cases=0
run() {
  local name=$1 input=${input:-crlf.yaml}
  shift
  cases=$((cases + 1))
  (cd "$tmp/linux" && "$binary" "$@" <"$input" >"$tmp/$name.linux.out" 2>"$tmp/$name.linux.err")
  local linux_exit=$?
  (cd "$tmp/windows" && wine "$exe" "$@" <"$input" >"$tmp/$name.exe.out" 2>"$tmp/$name.exe.err")
  local exe_exit=$?
  local verdict=same
  for stream in out err; do
    if ! cmp -s "$tmp/$name.linux.$stream" "$tmp/$name.exe.$stream"; then
      if cmp -s <(tr '\\' / <"$tmp/$name.linux.$stream") <(tr '\\' / <"$tmp/$name.exe.$stream"); then
        [ "$verdict" = same ] && verdict="same apart from path separators"
      else
        verdict=DIFFERENT
        echo "--- $name: std$stream differs (< Linux, > Windows):"
        diff "$tmp/$name.linux.$stream" "$tmp/$name.exe.$stream" | head -n 20
      fi
    fi
  done
  [ "$linux_exit" = "$exe_exit" ] || verdict="DIFFERENT (exit $linux_exit vs $exe_exit)"
  printf '%-22s exit %s  %5s bytes  %s\n' "$name" "$exe_exit" \
    "$(wc -c <"$tmp/$name.exe.out")" "$verdict"
  case "$verdict" in same*) ;; *) fail "$name: routekaart $*" ;; esac
}

echo "routekaart.exe under wine against $binary ($(cat "$tmp/linux-version")):"
run check-en --lang en check examples/de-brug.yaml
run check-nl --lang nl check examples/de-brug.yaml
run check-folder check examples
run check-every-file check .
run check-json check examples/kompas-cgt.yaml --format json
run check-non-ascii --lang nl check "één ü.yaml"
run check-crlf check crlf.yaml
run check-stdin check -
run validate-examples validate examples/de-brug.yaml examples/kompas-cgt.yaml \
  examples/nieuw-team.yaml examples/thuis-school-kliniek.yaml
run validate-crlf-ascii validate crlf.yaml "één ü.yaml"
run validate-broken-nl --lang nl validate broken.yaml
run validate-missing validate ontbreekt.yaml
run spec-nl spec examples/de-brug.yaml --lang nl
run spec-non-ascii spec "één ü.yaml"
run spec-output --lang nl spec "één ü.yaml" -o "specificatie één.md"
run spec-output-exists --lang nl spec "één ü.yaml" -o "specificatie één.md"
run ratings ratings ratings/one-rater.yaml
run ratings-team-nl --lang nl ratings ratings/team.yaml --ratings ratings/team --format markdown
export ROUTEKAART_TODAY=2026-10-05
input=answers.txt run rate-piped-crlf --lang nl rate ratings/team.yaml --rater "Jan de Vries" \
  -o "beoordeling één.yaml"
input=answers.txt run rate-default-path rate "één ü.yaml" --rater "Jan de Vries"
unset ROUTEKAART_TODAY
# The files written are the same, under the same non-ASCII names.
for written in "specificatie één.md" "beoordeling één.yaml" "ratings/jan-de-vries-2026-10-05.yaml"; do
  for side in linux windows; do
    [ -f "$tmp/$side/$written" ] || fail "$side: '$written' was not written"
  done
  cmp -s "$tmp/linux/$written" "$tmp/windows/$written" || fail "the two '$written' differ"
done
# Dutch text really came through as UTF-8 (not as code page 850 or 1252 bytes).
grep -q 'ë\|é\|—' "$tmp/check-nl.exe.out" || fail "the Dutch report has no UTF-8 characters"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) in $cases cases"
  exit 1
fi
echo "ok: $cases cases, routekaart.exe under wine and the Linux binary agree"
