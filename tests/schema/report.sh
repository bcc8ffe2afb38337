#!/usr/bin/env bash
# The JSON reports of `check` and `validate` match their documented schema (report.schema.json),
# checked with ajv-cli; and the checks can fail: a report with a wrong key is rejected.
set -u
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
ajv="$root/tests/tools/node_modules/.bin/ajv"
schema="$root/tests/schema/report.schema.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
"$bin" check examples/*.yaml --format json > "$tmp/examples.json"
"$bin" check tests/files/rules tests/files/invalid/out-of-range.yaml --format json --lang nl > "$tmp/rules.json"
"$bin" check tests/files/valid-minimal.yaml --signposts 3 --format json > "$tmp/selected.json"
"$bin" validate tests/files/invalid/unknown-key.yaml examples/de-brug.yaml --format json > "$tmp/validate.json"
status=0
for f in "$tmp"/*.json; do
  "$ajv" validate --spec=draft2020 --strict=false -s "$schema" -d "$f" || status=1
done
sed 's/"valid": true/"valid": "yes"/' "$tmp/examples.json" > "$tmp/broken.json"
if "$ajv" validate --spec=draft2020 --strict=false -s "$schema" -d "$tmp/broken.json" >/dev/null 2>&1; then
  echo "the schema accepted a broken report"; status=1
fi
exit $status
