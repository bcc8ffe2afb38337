#!/usr/bin/env bash
# Folder recursion of `routekaart check DIR` on a hostile tree: symbolic-link loops, links to
# folders and files inside and outside the tree, a dangling link, hidden entries, an unreadable
# subfolder, and files that vanish while it runs. Asserts the exact files checked, the exact
# diagnostics and the exit codes.
#   tests/robustness/recursion.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
writer=
trap '[ -n "$writer" ] && kill "$writer" 2>/dev/null; chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
unset LANG LC_MESSAGES
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
valid() {  # valid NAME: a minimal valid intervention called NAME
  printf 'routekaart: 1\nintervention:\n  name: %s\nsignposts: {}\n' "$1"
}

# As root, permissions do not stop reading: drop the two capabilities that bypass them.
drop=()
if [ "$(id -u)" = 0 ]; then
  drop=(setpriv --bounding-set -dac_override,-dac_read_search)
  "${drop[@]}" true || { echo "SKIP: running as root and setpriv cannot drop capabilities"; exit 77; }
fi

tree=$work/tree
mkdir -p "$tree/sub/deeper" "$tree/.hidden-dir" "$tree/locked" "$work/outside"
valid A >"$tree/a.yaml"
valid B >"$tree/b.yml"
valid C >"$tree/sub/c.yaml"
valid D >"$tree/sub/deeper/d.yaml"
valid Hidden >"$tree/.hidden.yaml"
valid HiddenDir >"$tree/.hidden-dir/e.yaml"
valid Locked >"$tree/locked/f.yaml"
valid Secret >"$work/outside/secret.yaml"
echo 'not yaml' >"$tree/notes.txt"
ln -s .. "$tree/sub/loop-up"                        # a loop: sub/loop-up/sub/loop-up/...
ln -s . "$tree/sub/loop-self"                       # a loop onto itself
ln -s "$tree" "$tree/sub/deeper/loop-root"          # a loop back to the root
ln -s "$work/outside" "$tree/outside-dir"           # a folder outside the tree
ln -s a.yaml "$tree/link-in.yaml"                   # a file inside the tree: checked
ln -s ../a.yaml "$tree/sub/link-up.yaml"            # also inside: checked
ln -s "$work/outside/secret.yaml" "$tree/link-out.yaml"  # outside: never read
ln -s ../../outside/secret.yaml "$tree/sub/rel-out.yaml" # outside, relative: never read
ln -s nowhere.yaml "$tree/dangling.yaml"            # nothing to read: skipped
mkfifo "$tree/pipe.yaml"                            # a FIFO named .yaml: reported, never opened
chmod 000 "$tree/locked"

# 1. The exact report: the two problems (errors only), the summary line, exit 2.
expected="$work/expected"
cat >"$expected" <<EOF
TMP/tree/locked: error: cannot read the file: permission denied [RK002]
    hint: check the path and that you may read the file
TMP/tree/pipe.yaml: error: this is not a regular file (but a device, FIFO or socket) [RK002]
    hint: save the text to a file and check that file, or pipe it in with -
8 files: 6 valid, 2 with problems; 2 errors, 90 warnings, 0 info messages
EOF
(cd "$work" && timeout 20 "${drop[@]}" "$binary" check "$tree" --quiet --fail-on never \
  >"$work/out" 2>"$work/err")
code=$?
{
  grep --no-group-separator -A1 ': error: ' "$work/out"
  (cd "$work" && timeout 20 "${drop[@]}" "$binary" check "$tree" --fail-on never | tail -n 1)
} | sed "s|$work|TMP|g" >"$work/actual"
[ "$code" = 2 ] || fail "check DIR: exit $code, expected 2 (an unreadable folder and a FIFO)"
if ! diff -u "$expected" "$work/actual"; then fail "check DIR: output differs"; fi
[ -s "$work/err" ] && { fail "check DIR: unexpected standard error"; cat "$work/err"; }

# The files checked, in order, from the JSON report (paths only).
(cd "$work" && timeout 20 "${drop[@]}" "$binary" check "$tree" --format json --fail-on never \
  >"$work/json" 2>/dev/null)
grep -o '"path": "[^"]*"' "$work/json" | sed "s|$work|TMP|g; s|\"path\": ||; s|\"||g" \
  >"$work/paths"
cat >"$work/expected-paths" <<'EOF'
TMP/tree/locked
TMP/tree/a.yaml
TMP/tree/b.yml
TMP/tree/link-in.yaml
TMP/tree/pipe.yaml
TMP/tree/sub/c.yaml
TMP/tree/sub/deeper/d.yaml
TMP/tree/sub/link-up.yaml
EOF
if ! diff -u "$work/expected-paths" "$work/paths"; then fail "check DIR: files checked differ"; fi
grep -q Secret "$work/json" && fail "a link out of the tree was followed"

# 1b. Asked to (--follow-symlinks): links to folders and out of the tree are followed, and each
# folder is visited once, so the three loops end.
(cd "$work" && timeout 20 "${drop[@]}" "$binary" check "$tree" --follow-symlinks --format json \
  --fail-on never >"$work/json-follow" 2>/dev/null)
code=$?
[ "$code" = 2 ] || fail "check --follow-symlinks DIR: exit $code, expected 2"
grep -o '"path": "[^"]*"' "$work/json-follow" | sed "s|$work|TMP|g; s|\"path\": ||; s|\"||g" \
  >"$work/paths-follow"
cat >"$work/expected-follow" <<'EOF'
TMP/tree/locked
TMP/tree/a.yaml
TMP/tree/b.yml
TMP/tree/link-in.yaml
TMP/tree/link-out.yaml
TMP/tree/outside-dir/secret.yaml
TMP/tree/pipe.yaml
TMP/tree/sub/c.yaml
TMP/tree/sub/deeper/d.yaml
TMP/tree/sub/link-up.yaml
TMP/tree/sub/rel-out.yaml
EOF
if ! diff -u "$work/expected-follow" "$work/paths-follow"; then
  fail "check --follow-symlinks DIR: files checked differ"
fi

# 2. Without the unreadable folder and the FIFO: everything valid, exit 0.
chmod 755 "$tree/locked"
rm -r "$tree/locked" "$tree/pipe.yaml"
(cd "$work" && timeout 20 "$binary" check "$tree" --quiet --fail-on never >"$work/out" 2>&1)
code=$?
[ "$code" = 0 ] || { fail "check DIR without problems: exit $code"; cat "$work/out"; }

# 3. Files that vanish while it runs: a writer creates and deletes files in the tree in a loop.
# Every run must end (exit 0, 1 or 2), list each stable file, and report a churning file only as
# "does not exist" (RK002, it vanished: exit 2) or "the file is empty" (RK015, caught between
# being created and written: exit 1); never a crash, a hang or another error.
churn=$tree/churn
mkdir -p "$churn" "$work/churn-source"
# Each file is written with one write(2) (cp of a prepared file), so a reader sees it missing,
# empty or complete; bash's printf writes line by line, which a reader can catch half-way.
for i in $(seq 1 200); do valid "V$i" >"$work/churn-source/v$i.yaml"; done
(
  while [ -d "$churn" ]; do
    for i in $(seq 1 200); do cp "$work/churn-source/v$i.yaml" "$churn/v$i.yaml"; done
    rm -f "$churn"/v*.yaml
  done
) 2>/dev/null &
writer=$!
vanished_runs=0
empty_runs=0
for run in $(seq 1 20); do
  timeout 20 "$binary" check "$tree" --format json --fail-on never >"$work/out" 2>"$work/err"
  code=$?
  if [ "$code" -gt 2 ]; then
    fail "churn run $run: exit $code"
    head -n 20 "$work/err"
    continue
  fi
  for stable in a.yaml b.yml link-in.yaml sub/c.yaml sub/deeper/d.yaml sub/link-up.yaml; do
    grep -q "\"path\": \"$tree/$stable\"" "$work/out" || fail "churn run $run: $stable missing"
  done
  errors=$(grep -c '"severity": "error"' "$work/out")
  gone=$(grep -c '"message": "cannot read the file: it does not exist"' "$work/out")
  empty=$(grep -c '"message": "the file is empty"' "$work/out")
  [ "$errors" = $((gone + empty)) ] || fail "churn run $run: an error other than a vanished file"
  [ "$gone" -gt 0 ] && vanished_runs=$((vanished_runs + 1))
  [ "$empty" -gt 0 ] && empty_runs=$((empty_runs + 1))
  expected_code=0
  [ "$empty" -gt 0 ] && expected_code=1
  [ "$gone" -gt 0 ] && expected_code=2
  [ "$code" = "$expected_code" ] || fail "churn run $run: exit $code, expected $expected_code"
  [ -s "$work/err" ] && fail "churn run $run: standard error: $(head -c 300 "$work/err")"
done
kill "$writer"
wait "$writer" 2>/dev/null

echo "recursion: 20 runs against a changing tree: $vanished_runs saw a file vanish," \
  "$empty_runs an empty one; $failures failures"
[ "$failures" = 0 ]
