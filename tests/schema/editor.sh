#!/usr/bin/env bash
# The schema works in yaml-language-server, the engine of VS Code's YAML extension and of the YAML
# support of many other editors (npm package, tests/tools/yaml-language-server.cjs drives its
# language service as an editor does):
#   - `routekaart init FILE` writes the template with the modeline
#     `# yaml-language-server: $schema=routekaart.schema.json` as its first line and the schema
#     next to it; the service finds it and has nothing to say about the template;
#   - every example of examples/, with the same first line, gets no diagnostic at all;
#   - broken copies get the diagnostic an editor should show, at the right place: a status that
#     does not exist, an unknown key, signpost 15;
#   - completing `status: ` offers exactly the five status words, also for an element; hovering a
#     key shows its description.
#   tests/schema/editor.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
[ -d tests/tools/node_modules/yaml-language-server ] ||
  { echo "yaml-language-server missing: run tools/quickstart test (npm ci in tests/tools)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG GITHUB_STEP_SUMMARY
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ls_() { node tests/tools/yaml-language-server.cjs "$@"; }

# init: the modeline first, the schema next to the file.
"$binary" --lang en init "$tmp/plan.yaml" 2>"$tmp/init.err" || fail "init: $(cat "$tmp/init.err")"
head -n 1 "$tmp/plan.yaml" | grep -qx '# yaml-language-server: \$schema=routekaart.schema.json' ||
  fail "init's first line is: $(head -n 1 "$tmp/plan.yaml")"
"$binary" --lang en schema | cmp -s - "$tmp/routekaart.schema.json" ||
  fail "init did not write the schema of 'routekaart schema' next to the file"
ls_ validate "$tmp/plan.yaml" >"$tmp/init.out" 2>&1
grep -qx 'yaml-language-server: 1 file(s), 0 diagnostic(s)' "$tmp/init.out" ||
  fail "the template of init: $(cat "$tmp/init.out")"

# Every example, opened with the modeline, next to the schema.
mkdir "$tmp/examples"
cp "$tmp/routekaart.schema.json" "$tmp/examples/"
count=0
for example in examples/*.yaml; do
  { echo '# yaml-language-server: $schema=routekaart.schema.json'; cat "$example"; } \
    >"$tmp/examples/$(basename "$example")"
  count=$((count + 1))
done
[ "$count" -ge 4 ] || fail "only $count examples"
ls_ validate "$tmp"/examples/*.yaml >"$tmp/examples.out" 2>&1
grep -qx "yaml-language-server: $count file(s), 0 diagnostic(s)" "$tmp/examples.out" ||
  fail "the examples: $(cat "$tmp/examples.out")"
# ... and routekaart agrees that they are valid.
"$binary" validate "$tmp"/examples/*.yaml >/dev/null || fail "routekaart validate rejects the examples"

# Broken copies: the diagnostic an editor shows, and where (line:column of the value or key).
# broken NAME SED EXPECTED: the example de-brug.yaml changed by SED must give exactly EXPECTED
# (sorted by place); routekaart must reject it too.
broken() {
  local name=$1 script=$2 expected=$3 file=$tmp/examples/$1.yaml
  sed "$script" "$tmp/examples/de-brug.yaml" >"$file"
  cmp -s "$file" "$tmp/examples/de-brug.yaml" && { fail "$name: the sed script changed nothing"; return; }
  local actual
  actual=$(ls_ validate "$file" 2>&1 | grep -v '^yaml-language-server: ' | sed "s|^$tmp/examples/||" |
    sort -t: -k2,2n -k3,3n)
  [ "$actual" = "$expected" ] || fail "$name: expected [$expected], got [$actual]"
  "$binary" validate "$file" >/dev/null 2>&1 && fail "$name: routekaart validate accepts it"
}
status_line=$(grep -n '^  1:' "$tmp/examples/de-brug.yaml" | head -n 1 | cut -d: -f1)
status_line=$((status_line + 1))
sed -n "${status_line}p" "$tmp/examples/de-brug.yaml" | grep -q '^    status: addressed$' ||
  fail "de-brug.yaml changed: line $status_line is not '    status: addressed'"
broken status "${status_line}s/addressed/done/" \
  "status.yaml:$status_line:13: warning: Value is not accepted. Valid values: \"addressed\", \"partial\", \"planned\", \"not-addressed\", \"not-applicable\", \"aangepakt\", \"behandeld\", \"deels aangepakt\", \"deels-aangepakt\", \"gedeeltelijk\", \"deels\", \"deels behandeld\", \"deels-behandeld\", \"gepland\", \"niet aangepakt\", \"niet-aangepakt\", \"niet behandeld\", \"niet-behandeld\", \"niet van toepassing\", \"niet-van-toepassing\", \"nvt\"."
broken unknown-key "${status_line}s/^    status:/    staus:/" \
  "unknown-key.yaml:$((status_line - 1)):3: warning: Missing property \"status\".
unknown-key.yaml:$status_line:5: warning: Property staus is not allowed."
broken signpost-15 "s/^signposts:\$/signposts:\\n  15: {status: planned}/" \
  "signpost-15.yaml:$(($(grep -n '^signposts:$' "$tmp/examples/de-brug.yaml" | cut -d: -f1) + 1)):3: warning: Property 15 is not allowed."

# Completion of a status value, where a team types it.
printf '# yaml-language-server: $schema=routekaart.schema.json\nroutekaart: 1\nintervention:\n  name: X\nsignposts:\n  3:\n    status: \n' \
  >"$tmp/examples/typing.yaml"
# The English words and the Dutch ones a file may use as well.
words=$(printf '%s\n' addressed partial planned not-addressed not-applicable aangepakt behandeld \
  "deels aangepakt" deels-aangepakt gedeeltelijk deels "deels behandeld" deels-behandeld gepland \
  "niet aangepakt" niet-aangepakt "niet behandeld" niet-behandeld "niet van toepassing" \
  niet-van-toepassing nvt | LC_ALL=C sort | tr '\n' ' ')
offered=$(ls_ complete "$tmp/examples/typing.yaml" 7 13 | LC_ALL=C sort | tr '\n' ' ')
[ "$offered" = "$words" ] ||
  fail "completing 'status: ' offers [$offered]"
# The same in an element's short form, `6a: ` (a status word or a map).
printf '# yaml-language-server: $schema=routekaart.schema.json\nroutekaart: 1\nintervention:\n  name: X\nsignposts:\n  6:\n    status: partial\n    elements:\n      6a: \n' \
  >"$tmp/examples/element.yaml"
offered=$(ls_ complete "$tmp/examples/element.yaml" 9 11 | grep -vE '^(status|practice)$' | LC_ALL=C sort | tr '\n' ' ')
[ "$offered" = "$words" ] ||
  fail "completing an element's '6a: ' offers [$offered]"
# Hover over `practice:` shows its description from the schema.
hover=$(ls_ hover "$tmp/examples/de-brug.yaml" "$((status_line + 1))" 6)
grep -qi 'what the team does' <<<"$hover" || fail "hovering 'practice' shows [$hover]"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: yaml-language-server: init's template and $count examples without diagnostics," \
  "broken copies with the right diagnostic, completion of status values"
