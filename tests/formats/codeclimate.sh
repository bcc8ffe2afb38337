#!/usr/bin/env bash
# `check --format codeclimate` and `validate --format codeclimate` against a JSON Schema written
# from GitLab's documentation of the Code Quality report (schemas/codeclimate-gitlab.schema.json),
# with ajv (tests/tools/validate-json.cjs); then what the schema cannot say: one issue per finding
# of the JSON report, no byte order mark, fingerprints unique within a report and the same when
# lines above a finding change. The schema can fail: a report with a wrong severity is rejected.
#   tests/formats/codeclimate.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
schema="$root/tests/formats/schemas/codeclimate-gitlab.schema.json"
validate="$root/tests/tools/validate-json.cjs"
[ -d "$root/tests/tools/node_modules/ajv" ] || { echo "FAIL: run: (cd tests/tools && npm ci)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
status=0
fail() { echo "FAIL: $*"; status=1; }
n=0
render() {  # render ARGS...: the Code Climate report and the JSON report of the same run
  n=$((n + 1))
  "$binary" "$@" --format codeclimate >"$work/$n.codeclimate.json"
  [ $? -le 1 ] || fail "routekaart $* --format codeclimate exited with more than 1"
  "$binary" "$@" --format json >"$work/$n.report"
}
render check examples/*.yaml
render check tests/files/rules/*.yaml tests/files/invalid/{syntax,unknown-key,wrong-types,empty}.yaml
render check examples/nieuw-team.yaml --fail-on info --min-coverage 90
render validate tests/files/invalid/wrong-types.yaml examples/de-brug.yaml
render check tests/files/log/hostile-values.yaml tests/files/log/hostile-keys.yaml
# A name that is not UTF-8 keeps the report JSON (paths are as given: relative, as GitLab wants).
mkdir -p "$work/repo"
cp examples/nieuw-team.yaml "$work/repo/latin1-"$'\xe9'".yaml"
(cd "$work/repo" && "$binary" check "latin1-"$'\xe9'".yaml" --format codeclimate) >"$work/0.codeclimate.json"
(cd "$work/repo" && "$binary" check "latin1-"$'\xe9'".yaml" --format json) >"$work/0.report"
n=$((n + 1))
mv "$work/0.codeclimate.json" "$work/$n.codeclimate.json"
mv "$work/0.report" "$work/$n.report"

VALIDATE_JSON_VERBOSE=1 node "$validate" "$schema" "$work"/*.codeclimate.json >"$work/results.txt" ||
  fail "ajv did not run"
cat "$work/results.txt"
grep -q '^1' "$work/results.txt" && fail "a report does not match the schema"
[ "$(grep -c '^0' "$work/results.txt")" -eq "$n" ] || fail "expected $n valid reports"

for i in $(seq 1 "$n"); do
  python3 - "$work/$i.codeclimate.json" "$work/$i.report" <<'PY' || fail "report $i (see above)"
import json, sys
raw = open(sys.argv[1], "rb").read()
assert not raw.startswith(b"\xef\xbb\xbf"), "a byte order mark"
issues = json.loads(raw)
report = json.load(open(sys.argv[2], encoding="utf-8"))
findings = [d for f in report["files"] for d in f["findings"]]
assert len(issues) == len(findings), f"{len(issues)} issues for {len(findings)} findings"
prints = [i["fingerprint"] for i in issues]
assert len(set(prints)) == len(prints), "two issues share a fingerprint"
for issue, d in zip(issues, findings):
    assert issue["check_name"] == d["rule"], (issue, d)
    assert issue["location"]["lines"]["begin"] == max(d["line"], 1), (issue, d)
    assert issue["severity"] == {"info": "info", "warning": "minor", "error": "major"}[d["severity"]]
print(f"ok: {sys.argv[1]}: {len(issues)} issues")
PY
done

# Lines added above the findings: every fingerprint stays.
cp examples/nieuw-team.yaml "$work/moved.yaml"
"$binary" check "$work/moved.yaml" --format codeclimate >"$work/before.json"
{ printf '# one\n# two\n# three\n'; cat examples/nieuw-team.yaml; } >"$work/moved.yaml"
"$binary" check "$work/moved.yaml" --format codeclimate >"$work/after.json"
python3 - "$work/before.json" "$work/after.json" <<'PY' || fail "fingerprints changed with the lines"
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
assert [i["location"]["lines"]["begin"] + 3 for i in before] == \
    [i["location"]["lines"]["begin"] for i in after]
print(f"ok: {len(after)} fingerprints survive three lines added above them")
PY

# The schema can fail.
sed 's/"severity": "minor"/"severity": "warning"/' "$work/1.codeclimate.json" >"$work/broken.json"
node "$validate" "$schema" "$work/broken.json" | grep -q '^1' || fail "the schema accepted severity warning"
exit $status
