#!/usr/bin/env bash
# Lints every Markdown document the golden tests expect (cases named *markdown*, spec-*, agenda-*)
# with markdownlint-cli2 and the repository's .markdownlint-cli2.jsonc.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
lint="$root/tests/tools/node_modules/.bin/markdownlint-cli2"
[ -x "$lint" ] || { echo "markdownlint-cli2 missing: run tools/quickstart test"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count=0
for dir in "$root"/tests/golden/*; do
  name=$(basename "$dir")
  case "$name" in *markdown*|spec-*|agenda-*) ;; *) continue ;; esac
  [ "$(cat "$dir/exit" 2>/dev/null)" = 2 ] && continue   # usage errors print no document
  [ -s "$dir/stdout" ] || continue
  cp "$dir/stdout" "$tmp/$name.md"
  count=$((count + 1))
done
cp "$root/.markdownlint-cli2.jsonc" "$tmp/"
echo "linting $count Markdown documents"
[ "$count" -gt 0 ] || exit 1
cd "$tmp" && "$lint" "*.md"
