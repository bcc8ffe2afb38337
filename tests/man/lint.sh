#!/usr/bin/env bash
# The manual page is lint-clean: `mandoc -T lint -W warning` prints nothing and exits 0.
#   tests/man/lint.sh [MANPAGE]      (default: man/routekaart.1 of this repository)
# Exits 77 (skipped) only when mandoc is not installed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
page=${1:-$root/man/routekaart.1}
if ! command -v mandoc >/dev/null; then
  echo "SKIP: mandoc is not installed (Debian package mandoc)"
  exit 77
fi
[ -f "$page" ] || { echo "FAIL: no manual page at $page"; exit 1; }
# mandoc also complains about its own outdated database; that line is not about the page.
raw=$(mandoc -T lint -W warning "$page" 2>&1)
status=$?
output=$(printf '%s\n' "$raw" | grep -v -e 'outdated mandoc.db' -e '^$')
if [ -n "$output" ] || [ "$status" -ne 0 ]; then
  echo "FAIL: mandoc -T lint -W warning $page (exit $status):"
  printf '%s\n' "$output"
  exit 1
fi
# groff (through man-db) is what most readers use; it must not warn either, at 80 columns.
if command -v man >/dev/null && command -v groff >/dev/null; then
  warnings=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null)
  if [ -n "$warnings" ]; then
    echo "FAIL: man -l $page warns:"
    printf '%s\n' "$warnings"
    exit 1
  fi
fi
echo "ok: $page is lint-clean"
