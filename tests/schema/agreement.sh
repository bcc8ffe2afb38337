#!/usr/bin/env bash
# `routekaart schema` and `routekaart validate` must agree on which files are valid, as judged by
# an independent JSON-Schema validator (ajv, draft 2020-12, via tests/tools/validate-json.cjs)
# reading the YAML itself.
# Usage: agreement.sh ROUTEKAART_BINARY
set -u
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -d "$root/tests/tools/node_modules/ajv" ] || { echo "ajv missing: run tools/quickstart test"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" schema > "$tmp/schema.json" || exit 1
cd "$root"

# Files whose problems a JSON Schema can express. Encoding and size limits (RK009, RK010),
# several documents (RK012) and empty files (RK015) are outside its reach and not listed.
files=(examples/*.yaml tests/files/valid-minimal.yaml tests/files/rules/*.yaml
       tests/files/invalid/unknown-key.yaml tests/files/invalid/wrong-types.yaml
       tests/files/invalid/out-of-range.yaml tests/files/invalid/missing-required.yaml
       tests/files/invalid/signpost-key.yaml tests/files/invalid/element-id.yaml
       tests/files/invalid/version.yaml tests/files/invalid/not-a-map.yaml
       tests/files/invalid/duplicate-key.yaml tests/files/invalid/syntax.yaml
       tests/files/invalid/binary-tag.yaml
       tests/files/mistakes/dutch-statuses.yaml tests/files/mistakes/wrong-case.yaml
       tests/files/mistakes/rating-decimal.yaml tests/files/mistakes/signpost-title-key.yaml)
node "$root/tests/tools/validate-json.cjs" "$tmp/schema.json" "${files[@]}" > "$tmp/ajv.txt" || exit 1
failures=0 valid=0 invalid=0
while IFS=$'\t' read -r theirs f; do
  "$bin" validate "$f" >/dev/null 2>&1
  ours=$?
  [ "$ours" -eq 0 ] && valid=$((valid + 1)) || invalid=$((invalid + 1))
  if { [ "$ours" -eq 0 ] && [ "$theirs" -ne 0 ]; } || { [ "$ours" -ne 0 ] && [ "$theirs" -eq 0 ]; }; then
    echo "DISAGREE $f: routekaart validate exit $ours, ajv exit $theirs"
    failures=$((failures + 1))
  fi
done < "$tmp/ajv.txt"
[ "$((valid + invalid))" -eq "${#files[@]}" ] || { echo "ajv judged $((valid + invalid)) of ${#files[@]} files"; exit 1; }
echo "schema agreement: ${#files[@]} files ($valid valid, $invalid invalid), $failures disagreements"
[ "$failures" -eq 0 ] && [ "$valid" -ge 8 ] && [ "$invalid" -ge 8 ]
