#!/usr/bin/env bash
# The JSON reports of `check` and `validate` match their documented schema (report.schema.json),
# checked with ajv (tests/tools/validate-json.cjs); and the checks can fail: a report with a wrong key is rejected.
set -u
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
validate="$root/tests/tools/validate-json.cjs"
schema="$root/tests/schema/report.schema.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
"$bin" check examples/*.yaml --format json > "$tmp/examples.json"
"$bin" check tests/files/rules tests/files/invalid/out-of-range.yaml --format json --lang nl > "$tmp/rules.json"
"$bin" check tests/files/valid-minimal.yaml --signposts 3 --format json > "$tmp/selected.json"
"$bin" validate tests/files/invalid/unknown-key.yaml examples/de-brug.yaml --format json > "$tmp/validate.json"
sed 's/"valid": true/"valid": "yes"/' "$tmp/examples.json" > "$tmp/broken.txt"
status=0
VALIDATE_JSON_VERBOSE=1 node "$validate" "$schema" "$tmp"/*.json > "$tmp/results.txt" || exit 1
cat "$tmp/results.txt"
[ "$(grep -c . "$tmp/results.txt")" -eq 4 ] || { echo "expected 4 reports"; status=1; }
grep -q '^1' "$tmp/results.txt" && status=1
mv "$tmp/broken.txt" "$tmp/broken.json"
if node "$validate" "$schema" "$tmp/broken.json" | grep -q '^0'; then
  echo "the schema accepted a broken report"; status=1
fi
exit $status
