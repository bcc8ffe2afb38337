#!/usr/bin/env bash
# Standard output that cannot be written: every command exits 2. A reader that has gone (a closed
# pipe, as after `| head -1`) gets no message; a full disk (/dev/full) gets one line on stderr.
# The pipe is made closed before routekaart starts, so the test does not depend on timing.
#   tests/robustness/stdout.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Runs BINARY ARGS... with standard output on a pipe whose reader is already closed; prints
# standard error and, last, the exit code.
closed_pipe() {
  python3 - "$binary" "$@" <<'PY'
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
p = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=w, stderr=subprocess.PIPE)
os.close(w)
sys.stdout.write("%s%d" % (p.stderr.decode("utf-8", "replace"), p.returncode))
PY
}

commands=(
  "check examples/kompas-cgt.yaml"
  "check examples --format json"
  "validate examples/de-brug.yaml"
  "spec examples/de-brug.yaml"
  "ratings examples/de-brug.yaml"
  "agenda examples/de-brug.yaml"
  "list"
  "explain 6"
  "rules"
  "schema"
  "--help"
  "init"
  "config"
  "completion bash"
  "diff examples/de-brug.yaml examples/kompas-cgt.yaml"
  "check examples/de-brug.yaml --format json -o -"
  "spec examples/de-brug.yaml -o /dev/stdout"
  "rate examples/de-brug.yaml --rater Tester -o -"
)
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086
  result=$(closed_pipe $command)
  code=${result##*[!0-9]}
  [ "$code" = 2 ] || fail "'$command' into a closed pipe exited $code, not 2"
  case $result in
    *"cannot write"*) fail "'$command' into a closed pipe printed: $result" ;;
  esac
  # shellcheck disable=SC2086
  errors=$("$binary" $command 2>&1 >/dev/full </dev/null)
  code=$?
  [ "$code" = 2 ] || fail "'$command' > /dev/full exited $code, not 2"
  [ "${errors##*$'\n'}" = "routekaart: cannot write the output (is the disk full, or was the pipe closed?)" ] ||
    fail "'$command' > /dev/full printed: $errors"
done
[ "$failures" -eq 0 ] || exit 1
echo "stdout: ${#commands[@]} commands exit 2 on a closed pipe (silently) and on /dev/full (one line)"
