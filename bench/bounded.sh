#!/usr/bin/env bash
# Bounded work on hostile input: time and peak memory of routekaart on three inputs that used to
# blow up (issue 16), for one binary or, side by side, for an older one too.
#   anchors  a 440 KB file of 60 anchors nested inside each other around a list of 220,000 values
#            (no alias at all): every anchored node was copied for aliases without being counted
#   globs    `check` of a folder with one file, `include:` holding 10 and then 11 times `**/`: the
#            matcher tried every subset of them in every order
#   raters   `ratings` with 35,000 rating files: every rater was compared with every earlier one
# Each run gets at most BENCH_TIMEOUT seconds (default 300); a run that hits it shows "> N s".
#   bench/bounded.sh BINARY [OLD_BINARY]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
binaries=("$@")
[ ${#binaries[@]} -ge 1 ] || { echo "usage: bench/bounded.sh BINARY [OLD_BINARY]" >&2; exit 2; }
limit=${BENCH_TIMEOUT:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 ROUTEKAART_LANG=en

python3 - "$work" "$root/examples/de-brug.yaml" <<'PY'
import os, shutil, sys
work, example = sys.argv[1], sys.argv[2]
nested = "[x" + ",x" * 220000 + "]"
for level in range(60):
    nested = "&a%d [%s]" % (level, nested)
open(os.path.join(work, "anchors.yaml"), "w").write("root: " + nested + "\n")
for n in (10, 11):
    folder = os.path.join(work, "globs%d" % n, "a", "b", "c")
    os.makedirs(folder)
    shutil.copy(example, folder)
    with open(os.path.join(work, "globs%d" % n, ".routekaart.yaml"), "w") as f:
        f.write('include: ["%sz.yaml"]\n' % ("**/" * n))
os.makedirs(os.path.join(work, "raters", "ratings"))
shutil.copy(example, os.path.join(work, "raters", "x.yaml"))
for i in range(35000):
    with open(os.path.join(work, "raters", "ratings", "r%05d.yaml" % i), "w") as f:
        f.write("rater: Rater %d\ndate: 2026-10-01\nscores:\n  1: {importance: %d, attention: %d}\n"
                % (i, i % 5 + 1, i * 7 % 5 + 1))
PY

# measure DIR BINARY ARGS...: "wall s, peak MB (exit N)" of one run in DIR.
measure() {
  local dir=$1
  shift
  (cd "$dir" && /usr/bin/time -o "$work/time" -f '%e %M' timeout "$limit" "$@" >/dev/null 2>&1)
  local code=$?
  if [ "$code" = 124 ]; then
    echo "> $limit s"
  else
    tail -n 1 "$work/time" | awk -v c="$code" '{ printf "%.2f s, %d MB (exit %s)", $1, $2 / 1024, c }'
  fi
}

printf '| input | %s |\n|---|%s\n' "$(printf '%s | ' "${binaries[@]}" | sed 's/ | $//')" \
  "$(printf -- '---:|%.0s' "${binaries[@]}")"
row() {
  local name=$1 dir=$2
  shift 2
  local line="| $name |"
  for b in "${binaries[@]}"; do line="$line $(measure "$dir" "$b" "$@") |"; done
  echo "$line"
}
row "anchors: validate, 440 KB, 60 nested anchors" "$work" validate anchors.yaml
row "globs: check, include with 10 × **/" "$work/globs10" check a
row "globs: check, include with 11 × **/" "$work/globs11" check a
row "raters: ratings, 35,000 rating files" "$work/raters" ratings x.yaml --ratings ratings
