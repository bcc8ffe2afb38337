#!/usr/bin/env bash
# The pre-commit hooks and the CI examples are valid YAML of the right shape, select the right
# files, and the routekaart commands in them work with the real binary.
#   tests/install/ci_examples.sh BINARY
# yamllint (relaxed, warnings count) checks the syntax; python3 reads the structure (the GitHub
# workflow uses the action of action.yml with inputs it has); the commands of the GitLab example
# run on a copy of examples/*.yaml as "docs/".
# Exits 77 (skipped) only when yamllint or python3's yaml module is missing.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
files=(.pre-commit-hooks.yaml examples/ci/github-actions.yml examples/ci/gitlab-ci.yml)

if ! command -v yamllint >/dev/null || ! python3 -c 'import yaml' 2>/dev/null; then
  echo "SKIP: yamllint or python3-yaml is not installed"
  exit 77
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

yamllint --strict -d relaxed "${files[@]}" || fail "yamllint --strict -d relaxed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Structure, and which files the hooks select (pre-commit matches with Python's re.search).
python3 - "$tmp" <<'EOF' || fail "structure of the YAML files (see above)"
import re, sys, yaml
tmp = sys.argv[1]
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)

hooks = yaml.safe_load(open(".pre-commit-hooks.yaml"))
need(isinstance(hooks, list), ".pre-commit-hooks.yaml is a list of hooks")
by_id = {h.get("id"): h for h in hooks}
need(sorted(by_id) == ["routekaart", "routekaart-validate"], f"hook ids are {sorted(by_id)}")
entries = {"routekaart": "routekaart check", "routekaart-validate": "routekaart validate"}
candidates = [
    "examples/de-brug.yaml", "docs/De Brug.yml", "interventies/nieuw-team.yaml",
    "signposts/06-niet-hoog-insteken.yaml", "sub/signposts/01-integrale-aanpak.yaml",
    ".routekaart.yaml", "docs/.routekaart.yml", "ratings/r1-2026-10-01.yaml",
    "docs/ratings/r2.yaml", "docs/de-brug.ratings.yaml", "docs/r3.rating.yml",
    ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".gitlab-ci.yml",
    ".github/workflows/routekaart.yml", "ci/gitlab-ci.yml", "examples/ci/github-actions.yml",
    "README.md", "docs/de-brug.yaml.bak",
]
wanted = ["examples/de-brug.yaml", "docs/De Brug.yml", "interventies/nieuw-team.yaml"]
for hook_id, hook in by_id.items():
    for key in ("id", "name", "entry", "language", "files", "exclude", "pass_filenames"):
        need(key in hook, f"hook {hook_id} has '{key}'")
    need(hook.get("entry") == entries.get(hook_id), f"hook {hook_id} runs '{hook.get('entry')}'")
    need(hook.get("language") == "system", f"hook {hook_id} has language system")
    need(hook.get("pass_filenames") is True, f"hook {hook_id} passes file names")
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    chosen = [p for p in candidates if files.search(p) and not exclude.search(p)]
    need(chosen == wanted, f"hook {hook_id} selects {chosen}, expected {wanted}")
    # The file list for the real run below: examples/ and signposts/ of this repository.
    with open(f"{tmp}/{hook_id}.files", "w") as out:
        import glob
        for p in sorted(glob.glob("examples/**/*", recursive=True) + glob.glob("signposts/*")):
            if files.search(p) and not exclude.search(p):
                out.write(p + "\n")

gha = yaml.safe_load(open("examples/ci/github-actions.yml"))
triggers = gha.get(True, gha.get("on"))  # YAML 1.1 reads the key `on` as true
need(isinstance(triggers, dict) and "push" in triggers and "pull_request" in triggers,
     "the workflow runs on push and pull_request")
need(gha.get("permissions", {}).get("security-events") == "write",
     "the workflow may write security events (sarif: true)")
steps = gha["jobs"]["routekaart"]["steps"]
action = yaml.safe_load(open("action.yml"))
used = [s for s in steps if re.fullmatch(r"[\w-]+/routekaart@v[0-9.]+", s.get("uses", ""))]
need(len(used) == 1, "one step uses the routekaart action (action.yml) at a release tag")
for step in used:
    given = step.get("with", {})
    need(set(given) <= set(action["inputs"]),
         f"the workflow gives only inputs of action.yml: {sorted(set(given) - set(action['inputs']))}")
    need(given.get("paths") == "docs/", "the workflow checks docs/")
    need(given.get("sarif") is True, "the workflow sends the findings to code scanning")
need("actions/checkout@v4" in [s.get("uses") for s in steps], "the workflow checks out the files")

gl = yaml.safe_load(open("examples/ci/gitlab-ci.yml"))
job = gl["routekaart"]
need(job.get("image") == "debian:12", "the GitLab job uses debian:12")
need(job.get("artifacts", {}).get("reports", {}).get("junit") == "routekaart.xml",
     "the GitLab job reports routekaart.xml as JUnit")
need(job.get("artifacts", {}).get("when") == "always", "the GitLab artifacts are kept always")
script = job["script"] + job.get("after_script", [])
need(any("--format junit -o routekaart.xml" in line for line in script),
     "the GitLab script writes --format junit -o routekaart.xml")
with open(f"{tmp}/gitlab.sh", "w") as out:
    out.write("\n".join(script) + "\n")

for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
EOF

# The hooks' commands on the files they select in this repository: exactly the four examples,
# which are valid and have no errors.
for hook in routekaart routekaart-validate; do
  selected=$(tr '\n' ' ' <"$tmp/$hook.files")
  [ "$selected" = "examples/de-brug.yaml examples/kompas-cgt.yaml examples/nieuw-team.yaml examples/thuis-school-kliniek.yaml " ] ||
    fail "hook $hook selects [$selected] in this repository"
done
mapfile -t selected <"$tmp/routekaart.files"
"$binary" check "${selected[@]}" >/dev/null 2>&1 || fail "the hook 'routekaart check FILES' fails on the examples"
"$binary" validate "${selected[@]}" >/dev/null 2>&1 || fail "the hook 'routekaart validate FILES' fails on the examples"

# The GitLab job's commands, run as the CI would, on a copy of the examples as docs/ (the
# GitHub workflow's action is run by tests/ci/action.sh).
work=$tmp/work
mkdir -p "$work/docs" "$tmp/bin"
cp examples/*.yaml "$work/docs/"
ln -s "$binary" "$tmp/bin/routekaart"
run_ci() {
  (cd "$work" && env PATH="$tmp/bin:$PATH" ROUTEKAART_PATHS=docs/ NO_COLOR=1 LC_ALL=C.UTF-8 \
    GITHUB_OUTPUT="$tmp/github_output" GITHUB_STEP_SUMMARY="$tmp/summary.md" \
    bash -e "$1" >"$1.out" 2>&1)
}
# In GitLab every script line is its own command; a failing line fails the job.
run_ci "$tmp/gitlab.sh" || fail "the GitLab script failed: $(cat "$tmp/gitlab.sh.out")"
head -c 200 "$work/routekaart.xml" 2>/dev/null | grep -q '<testsuites' || fail "the GitLab job did not write a JUnit routekaart.xml"
if command -v xmllint >/dev/null; then
  xmllint --noout "$work/routekaart.xml" 2>/dev/null || fail "routekaart.xml is not well-formed XML"
fi
grep -qi '<html' "$work/routekaart.html" 2>/dev/null || fail "the GitLab job did not write routekaart.html"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: pre-commit hooks, GitHub Actions and GitLab CI examples"
