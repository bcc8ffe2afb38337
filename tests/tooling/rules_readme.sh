#!/usr/bin/env bash
# rules/README.md is what routekaart_rules_readme writes from the rule table: a rule, a text or
# a severity changed in rules/rules.yaml without `cmake --build build --target rules-readme`
# fails here. Also checks that every rule id has its heading (the anchor SARIF's helpUri names).
#   tests/tooling/rules_readme.sh path/to/routekaart_rules_readme rules/README.md
set -u
generator=$1
committed=$2
expected=$(mktemp)
trap 'rm -f "$expected"' EXIT
"$generator" >"$expected" || { echo "FAIL: $generator failed"; exit 1; }
if ! diff -u "$committed" "$expected"; then
  echo "FAIL: $committed is out of date; run: cmake --build build --target rules-readme"
  exit 1
fi
ids=$(grep -c '^- id: RK' "$(dirname "$committed")/rules.yaml")
headings=$(grep -c '^## RK[0-9][0-9][0-9]$' "$committed")
[ "$ids" -eq "$headings" ] || { echo "FAIL: $ids rules but $headings headings"; exit 1; }
echo "ok: $committed is up to date ($headings rules)"
