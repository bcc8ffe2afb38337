#!/usr/bin/env bash
# Validates `check --format junit` and `validate --format junit` against the strict JUnit XSD
# (Apache Ant format: timestamp, hostname, properties, system-out, system-err required), extended
# by the two things GitLab and Jenkins read on a test case that Ant's schema lacks: the `file`
# attribute and the case's own system-out. Then reads reports as GitLab and Jenkins do
# (junit_readers.py): every finding is a test case, failed exactly when it reaches --fail-on.
#   tests/formats/junit.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
schema="$root/tests/formats/schemas/JUnit.xsd"  # the published schema (schemas/README.md)
command -v xmllint >/dev/null || { echo "FAIL: xmllint is missing (libxml2-utils)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
# The Ant schema plus a test case's `file` attribute and system-out/system-err.
python3 - "$schema" "$work/junit-ci.xsd" <<'PY' || { echo "FAIL: cannot extend $schema" >&2; exit 1; }
import sys
xsd = open(sys.argv[1], encoding="utf-8").read()
case = xsd.index('<xs:element name="testcase"')
start = xsd.index('<xs:choice minOccurs="0">', case)
end = xsd.index('</xs:choice>', start) + len('</xs:choice>')
name = xsd.index('<xs:attribute name="name" type="xs:token" use="required">', end)
xsd = (xsd[:start] + '<xs:sequence>' + xsd[start:end]
       + '<xs:element name="system-out" type="xs:string" minOccurs="0"/>'
       + '<xs:element name="system-err" type="xs:string" minOccurs="0"/></xs:sequence>'
       + xsd[end:name] + '<xs:attribute name="file" type="xs:string"/>' + xsd[name:])
open(sys.argv[2], "w", encoding="utf-8").write(xsd)
PY
schema="$work/junit-ci.xsd"
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
# GitLab's and Jenkins' view: every finding a test case, failed exactly at --fail-on.
readers() {  # readers NAME FAIL_ON COMMAND ARGS...
  local name=$1 fail_on=$2
  shift 2
  local threshold=(--fail-on "$fail_on")
  [ "$1" = validate ] && threshold=()  # validate fails on errors
  "$binary" "$@" --format junit "${threshold[@]}" >"$work/$name.xml"
  "$binary" "$@" --format json >"$work/$name.json"
  python3 "$root/tests/formats/junit_readers.py" "$work/$name.xml" "$work/$name.json" "$fail_on" ||
    status=1
}
readers readers-error error check examples/*.yaml tests/files/rules/*.yaml
readers readers-warning warning check examples/nieuw-team.yaml tests/files/invalid/wrong-types.yaml
readers readers-never never check examples/nieuw-team.yaml --min-coverage 50
readers readers-validate error validate tests/files/invalid/unknown-key.yaml examples/de-brug.yaml
# The readers' checks can fail: a report whose warnings are not test cases is refused.
python3 - "$work/readers-warning.xml" "$work/broken.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
tree = ET.parse(sys.argv[1])
for suite in tree.getroot():
    for case in suite.findall("testcase"):
        if case.get("name").startswith("RK101 "):
            suite.remove(case)
    suite.set("tests", str(len(suite.findall("testcase"))))
tree.write(sys.argv[2], encoding="utf-8")
PY
if python3 "$root/tests/formats/junit_readers.py" "$work/broken.xml" "$work/readers-warning.json" \
  warning >/dev/null; then
  echo "FAIL: junit_readers.py accepted a report without the RK101 cases"
  status=1
fi
exit $status
