#!/usr/bin/env bash
# Safe in a CI log: hostile keys, values (tests/files/log/) and file names (line breaks, escape
# sequences, bidi controls, workflow commands, a name that is not UTF-8) go through every format
# of check and validate and through spec, agenda, ratings (with the plot) and diff; standard
# output, standard error and every file written are read as the GitHub Actions runner reads a log
# (actions_commands.py). No line may be a workflow command other than `--format github`'s own
# annotations (one per finding), and no line may pass for a finding at a place routekaart did
# not report (a problem matcher's `file:line: error:`). Nothing raw: no output holds an ESC, a
# CR or another control character but line breaks and tabs, a C1 or bidi control, or a Unicode
# line separator, and every output is UTF-8.
#   tests/formats/actions_commands.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
check="$root/tests/formats/actions_commands.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
status=0
fail() { echo "FAIL: $*"; status=1; }

# Hostile file names, each a copy of the file of hostile values.
names=(
  $'x\n::error file=a.yaml,line=1::FORGED-name.yaml'
  $'::warning::FORGED-name.yaml'
  $'  ::notice::FORGED.yaml'
  $'r\r::error::FORGED.yaml'
  $'e\e]0;FORGED\a\e[2J.yaml'
  $'\u202eFORGED lmay.yaml'
  $'y.yaml:1:1: error: FORGED.yaml'
  $'latin1-\xe9.yaml'
  $'##[add-mask]FORGED.yaml'
)
mkdir -p "$work/in"
cp "$root/tests/files/log/hostile-values.yaml" "$root/tests/files/log/hostile-keys.yaml" "$work/in/"
for name in "${names[@]}"; do cp "$root/tests/files/log/hostile-values.yaml" "$work/in/$name"; done
cd "$work/in" || exit 1
files=(*.yaml)
[ "${#files[@]}" -eq $((${#names[@]} + 2)) ] || { echo "FAIL: the hostile names were not created"; exit 1; }

out="$work/out"
mkdir -p "$out"
n=0
run() {  # run ARGS...: standard output and error to $out/N.out and N.err, the command to N.cmd
  n=$((n + 1))
  "$binary" "$@" >"$out/$n.out" 2>"$out/$n.err"
  local code=$?
  [ $code -le 2 ] || fail "routekaart $* exited $code"
  echo "$*" >"$out/$n.cmd"
}

"$binary" check "${files[@]}" --format json >"$work/findings.json"
[ $? -le 1 ] || fail "check --format json exited with more than 1"
total=$(python3 -c 'import json,sys; print(sum(len(f["findings"]) for f in json.load(open(sys.argv[1]))["files"]))' "$work/findings.json")
[ "$total" -gt 30 ] || fail "only $total findings in the hostile files"

formats=$("$binary" check --help | sed -n 's/.*--format TEXT:{\(.*\)}.*/\1/p' | tr ',' ' ')
[ -n "$formats" ] || { echo "FAIL: no formats in check --help"; exit 1; }
for format in $formats; do
  run check "${files[@]}" --format "$format"
  run check "${files[@]}" --format "$format" --verbose --fail-on info
  run validate "${files[@]}" --format "$format"
  run check "${files[@]}" --format "$format" -o "$work/report.$format" --force
  cp "$work/report.$format" "$out/$n.file"
done
run check "${files[@]}" --quiet
run check - <hostile-values.yaml
for name in "${names[@]}"; do
  run spec "$name"
  run agenda "$name"
  for format in text markdown json; do
    run ratings "$name" --format "$format"
    run diff hostile-keys.yaml "$name" --format "$format"
  done
  run ratings "$name" --plot "$work/plot.svg" --format text
  cp "$work/plot.svg" "$out/$n.svg"
done
run check "$work/in"

# The runner's view of every output. What `--format github` writes (to standard output, or to
# the -o file while the terminal gets the text report) must hold exactly one annotation per
# finding, and nothing else; every other output no command at all.
count_findings() {  # count_findings ARGS...: the findings of `routekaart ARGS --format json`
  "$binary" "$@" --format json | python3 -c 'import json,sys; print(sum(len(f["findings"]) for f in json.load(sys.stdin)["files"]))'
}
for f in "$out"/*.out "$out"/*.err "$out"/*.file "$out"/*.svg; do
  [ -s "$f" ] || continue
  cmd=$(cat "${f%.*}.cmd")
  github=no
  case "$cmd" in
    *"--format github"*" -o "*) [ "${f##*.}" = file ] && github=yes ;;
    *"--format github"*) [ "${f##*.}" = out ] && github=yes ;;
  esac
  allow=()
  if [ $github = yes ]; then
    read -r -a words <<<"$cmd"
    # shellcheck disable=SC2046 # no option, or the one --fail-on
    allow=(--allow-annotations "$(count_findings "${words[0]}" "${files[@]}" $(grep -o -- '--fail-on info' <<<"$cmd"))")
  fi
  python3 "$check" --findings "$work/findings.json" "${allow[@]}" "$f" >"$work/result.txt" ||
    { cat "$work/result.txt"; fail "$cmd"; }
done

# Nothing raw: no ESC, BEL, CR or other control character but line breaks and tabs, no C1
# control, no bidi control, no line separator in any output.
raw=$(LC_ALL=C grep -l -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xaa-\xae\xa8\xa9]|\xe2\x81[\xa6-\xa9]' \
  "$out"/*.out "$out"/*.err "$out"/*.file "$out"/*.svg 2>/dev/null)
for f in $raw; do fail "a raw control character in the output of: $(cat "${f%.*}.cmd")"; done

echo "checked $(ls "$out" | grep -c -v '\.cmd$') outputs of $n runs"
exit $status
