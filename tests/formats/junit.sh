#!/usr/bin/env bash
# Validates `check --format junit` and `validate --format junit` against the strict JUnit XSD
# (Apache Ant format: timestamp, hostname, properties, system-out, system-err required).
#   tests/formats/junit.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
schema="$root/tests/formats/schemas/JUnit.xsd"  # the published schema (schemas/README.md)
command -v xmllint >/dev/null || { echo "FAIL: xmllint is missing (libxml2-utils)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
status=0
check() {  # check NAME ARGS...: renders JUnit XML and validates it
  local name=$1
  shift
  "$binary" "$@" --format junit >"$work/$name.xml"
  local code=$?
  if [ $code -gt 1 ]; then echo "FAIL: routekaart $* exited $code" >&2; status=1; return; fi
  xmllint --noout --schema "$schema" "$work/$name.xml" || status=1
}
for f in examples/*.yaml; do check "check-$(basename "$f" .yaml)" check "$f"; done
check portfolio check examples/*.yaml
check portfolio-nl check examples/*.yaml --lang nl --signposts 1-4,13
for f in tests/files/invalid/{syntax,unknown-key,wrong-types,empty}.yaml tests/files/rules/*.yaml \
         tests/files/html/hostile.yaml; do
  check "check-$(basename "$f" .yaml)" check "$f"
done
check validate validate tests/files/invalid/wrong-types.yaml examples/de-brug.yaml
check stdin check - <examples/de-brug.yaml
# File names with markup characters and with a byte that is not UTF-8 stay well-formed XML.
cp tests/files/html/hostile.yaml "$work/a<b>&\"c'.yaml"
cp examples/de-brug.yaml "$work/latin1-"$'\xe9'".yaml"
check odd-names check "$work/a<b>&\"c'.yaml" "$work/latin1-"$'\xe9'".yaml"
exit $status
