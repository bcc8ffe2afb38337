#!/usr/bin/env bash
# The HTML report is one self-contained HTML5 page: no scripts, no external URLs, a viewport
# meta tag, a print stylesheet and the report language as the lang attribute.
#   tests/formats/html_self_contained.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
fail() { echo "FAIL: $*" >&2; exit 1; }

"$binary" check examples/*.yaml --format html --lang nl >"$work/nl.html" || fail "check examples (nl) failed"
"$binary" check examples/de-brug.yaml --format html --lang en >"$work/en.html" || fail "check (en) failed"
"$binary" validate tests/files/invalid/wrong-types.yaml --format html >"$work/validate.html"
[ $? -eq 1 ] || fail "validate of an invalid file should exit 1"
for page in nl en validate; do
  file="$work/$page.html"
  head -n 1 "$file" | grep -qx '<!DOCTYPE html>' || fail "$page: no HTML5 doctype"
  grep -q '<meta name="viewport" content="width=device-width, initial-scale=1">' "$file" ||
    fail "$page: no viewport meta"
  grep -q '@media print' "$file" || fail "$page: no print stylesheet"
  if grep -Eqi '<script|https?:|ftp:|//[a-z]|src=|href=|url\(|@import|<link|<iframe|<object' "$file"; then
    grep -Eni '<script|https?:|ftp:|//[a-z]|src=|href=|url\(|@import|<link|<iframe|<object' "$file" >&2
    fail "$page: a script or an external reference"
  fi
  [ "$(grep -c '</html>' "$file")" = 1 ] || fail "$page: not one complete document"
  # Every element that is opened is closed, in order (void elements aside).
  python3 - "$file" <<'PY' || fail "$page: unbalanced elements (see above)"
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "img", "input", "link", "hr"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"line {self.getpos()[0]}: </{tag}> closes {self.open[-1:]}")
        else:
            self.open.pop()

page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
page.close()
for p in page.problems[:10] + ([f"left open: {page.open}"] if page.open else []):
    print(p, file=sys.stderr)
sys.exit(1 if page.problems or page.open else 0)
PY
done
grep -q '<html lang="nl">' "$work/nl.html" || fail "nl: lang attribute"
grep -q '<html lang="en">' "$work/en.html" || fail "en: lang attribute"
# 4 files: 4 radar charts with 14 labelled spokes each, and the heat map.
[ "$(grep -o '<svg class="radar"' "$work/nl.html" | wc -l)" = 4 ] || fail "nl: expected 4 radar charts"
[ "$(grep -o '<text class="label' "$work/nl.html" | wc -l)" = 56 ] || fail "nl: expected 56 spoke labels"
grep -q '<table class="heatmap">' "$work/nl.html" || fail "nl: no heat map"
grep -q '<table class="heatmap">' "$work/en.html" && fail "en: a heat map for one file"
grep -q '<svg' "$work/validate.html" && fail "validate: a chart in a findings-only report"
grep -q '<table class="findings">' "$work/validate.html" || fail "validate: no findings table"
echo "html: self-contained (3 pages)"
