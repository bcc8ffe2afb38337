#!/usr/bin/env bash
# Validates `check --format sarif` on every example and on invalid files, and `validate --format
# sarif`, against the published SARIF 2.1.0 schema with ajv (draft-04) from tests/tools.
#   tests/formats/sarif.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
schema="$root/tests/formats/schemas/sarif-schema-2.1.0.json"  # the published schema (schemas/README.md)
modules="$root/tests/tools/node_modules"
if [ ! -d "$modules/ajv-draft-04" ]; then
  echo "FAIL: $modules lacks ajv-draft-04; run: (cd tests/tools && npm ci)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
files=()
n=0
render() {  # render NAME ARGS...: writes $work/NAME.sarif, expects exit 0 or 1
  local name=$1
  shift
  "$binary" "$@" --format sarif >"$work/$name.sarif"
  local code=$?
  if [ $code -gt 1 ]; then echo "FAIL: routekaart $* exited $code" >&2; exit 1; fi
  files+=("$work/$name.sarif")
}
for f in examples/*.yaml; do render "check-$(basename "$f" .yaml)" check "$f"; done
render check-portfolio check examples/*.yaml --lang nl
for f in tests/files/invalid/{syntax,unknown-key,wrong-types,duplicate-key,empty}.yaml \
         tests/files/rules/*.yaml; do
  render "check-$(basename "$f" .yaml)" check "$f"
done
render validate-invalid validate tests/files/invalid/wrong-types.yaml tests/files/invalid/syntax.yaml
render validate-stdin validate - <tests/files/invalid/unknown-key.yaml
# A path that needs URI escaping (spaces, a colon, non-ASCII letters).
cp examples/nieuw-team.yaml "$work/op weg: één.yaml"
(cd "$work" && "$binary" check "op weg: één.yaml" --format sarif >"$work/escaped.sarif")
files+=("$work/escaped.sarif")
grep -q '"uri": "op%20weg%3A%20%C3%A9%C3%A9n.yaml"' "$work/escaped.sarif" ||
  { echo "FAIL: the artifact URI of 'op weg: één.yaml' is not escaped" >&2; exit 1; }
NODE_PATH="$modules" node "$root/tests/formats/validate_sarif.js" "$schema" "${files[@]}"
