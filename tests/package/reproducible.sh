#!/usr/bin/env bash
# The packages are reproducible: two builds of the same commit, from two clones at different
# paths with build folders of their own, give byte-identical files (the same SHA256SUMS).
#   tests/package/reproducible.sh [KEEP]
# Slow (two full package builds, about 12 minutes on 2 cores): it runs only when
# ROUTEKAART_SLOW_TESTS=1 and exits 77 (skipped) otherwise; CI runs it once (`ctest -L slow`).
# It builds the committed HEAD, not uncommitted changes. With KEEP, the two dist/ folders are
# copied to KEEP/first and KEEP/second.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
keep=${1:-}
if [ "${ROUTEKAART_SLOW_TESTS:-}" != 1 ]; then
  echo "SKIP: slow (two package builds); run with ROUTEKAART_SLOW_TESTS=1"
  exit 77
fi
commit=$(git -C "$root" rev-parse HEAD) || {
  echo "FAIL: $root is not a git checkout"
  exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Different depths and names, so that a build path that leaks into a package shows.
builds=("$tmp/first/routekaart" "$tmp/second-build/elsewhere/src")
for source in "${builds[@]}"; do
  mkdir -p "$(dirname "$source")"
  git clone -q --no-checkout "$root" "$source" && git -C "$source" checkout -q --detach "$commit" || {
    echo "FAIL: cannot clone $root at $commit"
    exit 1
  }
  echo "== building the packages in $source"
  start=$SECONDS
  if ! "$source/tools/package/build.sh" "$source/dist" "$source/build-package" >"$source.log" 2>&1; then
    tail -n 40 "$source.log"
    echo "FAIL: tools/package/build.sh failed in $source"
    exit 1
  fi
  echo "   $((SECONDS - start)) s"
  cat "$source/dist/SHA256SUMS"
done
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp -r "${builds[0]}/dist" "$keep/first" && cp -r "${builds[1]}/dist" "$keep/second"
fi
if cmp -s "${builds[0]}/dist/SHA256SUMS" "${builds[1]}/dist/SHA256SUMS"; then
  echo "ok: two builds of $commit give identical packages"
  exit 0
fi
echo "FAIL: the two builds differ:"
diff "${builds[0]}/dist/SHA256SUMS" "${builds[1]}/dist/SHA256SUMS"
for f in "${builds[0]}"/dist/*; do
  name=$(basename "$f")
  cmp "$f" "${builds[1]}/dist/$name" >/dev/null 2>&1 ||
    echo "  $name: $(cmp "$f" "${builds[1]}/dist/$name" 2>&1 | head -n 1)"
done
exit 1
