#!/usr/bin/env bash
# The job summary stays under GitHub's limit of 1 MiB for a step, whatever the number of files,
# and is valid Markdown:
#   - `check` of 10,000 generated files (bench/generate.py: 200 files, each also under 49 more
#     names) appends a summary of at most 256 KiB (a quarter of the limit) to $GITHUB_STEP_SUMMARY,
#     which says how many files and findings it left out, and which markdownlint (tests/tools,
#     the repository's .markdownlint-cli2.jsonc) finds clean;
#   - appended to a step summary that holds 900 KiB already, the file stays under 1 MiB; one
#     with no room left is not changed (a note says so);
#   - --summary FILE and $GITHUB_STEP_SUMMARY append (an earlier step's words are kept), and
#     --no-summary writes nothing.
#   tests/ci/summary.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
lint=$root/tests/tools/node_modules/.bin/markdownlint-cli2
[ -x "$lint" ] || { echo "markdownlint-cli2 missing: run tools/quickstart test"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG GITHUB_STEP_SUMMARY
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
limit=$((1024 * 1024))

python3 "$root/bench/generate.py" "$tmp/generated" 200 >/dev/null || { echo "FAIL: bench/generate.py"; exit 1; }
mkdir -p "$tmp/docs"
for copy in $(seq -w 1 50); do
  mkdir "$tmp/docs/team-$copy"
  ln "$tmp"/generated/*.yaml "$tmp/docs/team-$copy/"
done
count=$(find "$tmp/docs" -name '*.yaml' | wc -l)
[ "$count" -eq 10000 ] || fail "expected 10000 files, made $count"

cd "$tmp" || exit 1
GITHUB_STEP_SUMMARY=$tmp/step.md "$binary" --lang en check docs --format json >/dev/null 2>&1
status=$?
[ "$status" -eq 1 ] || fail "check of $count files exited $status (some generated files have errors)"
size=$(wc -c <step.md)
echo "summary of $count files: $size bytes"
[ "$size" -le $((limit / 4)) ] || fail "the summary has $size bytes, more than a quarter of 1 MiB"
[ "$size" -ge $((limit / 8)) ] || fail "the summary has only $size bytes: it should use its room"
head -n 1 step.md | grep -qx '# routekaart check' || fail "the summary starts with: $(head -n 1 step.md)"
grep -q "^$count files: " step.md || fail "the summary does not count $count files"
rows=$(grep -c '^| ' step.md)
rows=$((rows - 1))  # the header row
left=$(sed -n 's/^\([0-9]*\) more files are left out, to keep this summary short; .*/\1/p' step.md)
[ -n "$left" ] && [ $((rows + left)) -eq "$count" ] ||
  fail "$rows rows and [$left] left out do not add up to $count"
grep -qE '^## Findings \(20 of [0-9]+\)$' step.md || fail "the summary does not list 20 findings"
grep -qE '^[0-9]+ more findings are in the job.s log\.$' step.md || fail "the summary does not count the other findings"
cp "$root/.markdownlint-cli2.jsonc" "$tmp/"
"$lint" step.md >"$tmp/lint.out" 2>&1 || fail "markdownlint: $(tail -n 20 "$tmp/lint.out")"

# 900 KiB from earlier steps: what routekaart adds keeps the step under 1 MiB.
head -c $((900 * 1024)) /dev/zero | tr '\0' 'x' | fold -w 100 >full.md
before=$(wc -c <full.md)
"$binary" --lang en check docs --summary full.md --format json >/dev/null 2>&1
after=$(wc -c <full.md)
[ "$after" -le "$limit" ] || fail "900 KiB plus the summary is $after bytes, over 1 MiB"
[ "$after" -gt "$before" ] || fail "nothing was appended to a summary of 900 KiB"
cmp -s <(head -c "$before" full.md) <(head -c $((900 * 1024)) /dev/zero | tr '\0' 'x' | fold -w 100) ||
  fail "the earlier steps' words were changed"

# A step summary with no room left (10 bytes short of 1 MiB) stays as it is, with a note.
head -c $((limit - 10)) /dev/zero | tr '\0' 'x' >no-room.md
"$binary" --lang en check docs/team-01 --summary no-room.md --format json >/dev/null 2>no-room.err
[ "$(wc -c <no-room.md)" -eq $((limit - 10)) ] || fail "a full summary grew to $(wc -c <no-room.md) bytes"
grep -q 'is full (GitHub allows 1 MiB per step), so this summary was left out' no-room.err ||
  fail "no note for a full summary: $(cat no-room.err)"

# Appending, and --no-summary.
files=(docs/team-01/*.yaml)
printf 'earlier\n' >two.md
"$binary" --lang en validate "${files[0]}" --summary two.md >/dev/null 2>&1
GITHUB_STEP_SUMMARY=$tmp/two.md "$binary" --lang nl validate "${files[1]}" >/dev/null 2>&1
GITHUB_STEP_SUMMARY=$tmp/two.md "$binary" validate "${files[2]}" --no-summary >/dev/null 2>&1
# Names in the summary are escaped for Markdown: intervention\-00002.yaml.
second=$(basename "${files[1]}") third=$(basename "${files[2]}")
grep -qF "${second//-/\\-}" two.md || fail "the second summary does not name $second"
grep -qF "${third//-/\\-}" two.md && fail "--no-summary wrote a summary"
[ "$(head -n 1 two.md)" = earlier ] || fail "the earlier words are gone: $(head -n 1 two.md)"
[ "$(grep -c '^# routekaart validate$' two.md)" -eq 2 ] || fail "expected two summaries: $(cat two.md)"
grep -q '^1 bestand: ' two.md || fail "the Dutch summary is missing: $(cat two.md)"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: the job summary of $count files has $size bytes and is clean Markdown; appended, it keeps the step under 1 MiB"
