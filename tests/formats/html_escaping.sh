#!/usr/bin/env bash
# The HTML report escapes everything that comes from the input: renders
# tests/files/html/hostile.yaml (script elements, attribute-breaking quotes, ' and &amp; in the
# name, practice and goal texts, method names and references), also under a hostile file name,
# and asserts that no <script survives, that no quote from the input is left unescaped, and that
# the page has exactly the elements and attributes the report writes.
#   tests/formats/html_escaping.sh path/to/routekaart
set -u
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
fail() { echo "FAIL: $*" >&2; exit 1; }

"$binary" check tests/files/html/hostile.yaml --format html >"$work/hostile.html"
[ $? -le 1 ] || fail "check hostile.yaml did not run"
# A file name with markup and quotes (a '/' cannot be part of a name), next to a normal file,
# so that the portfolio heat map shows the hostile name too.
hostile_name="<script>alert(7)<img src=x onerror=alert(8)> \" onload=\"x ' &amp;.yaml"
cp tests/files/html/hostile.yaml "$work/$hostile_name"
"$binary" check "$work/$hostile_name" examples/de-brug.yaml --format html >"$work/portfolio.html"
[ $? -le 1 ] || fail "check on the hostile file name did not run"
"$binary" validate "$work/$hostile_name" --format html >"$work/validate.html"
[ $? -le 1 ] || fail "validate on the hostile file name did not run"

for page in hostile portfolio validate; do
  file="$work/$page.html"
  [ -s "$file" ] || fail "$page.html is empty"
  if grep -qi '<script' "$file"; then grep -ni '<script' "$file" >&2; fail "$page: <script survived"; fi
  if grep -qi '<img\|<svg onload\|<style>body' "$file"; then fail "$page: markup from the input survived"; fi
  if grep -q 'onload="' "$file"; then fail "$page: a quote from the input survived unescaped"; fi
  if grep -q "'" "$file"; then grep -n "'" "$file" >&2; fail "$page: an unescaped ' survived"; fi
  grep -q '&amp;amp;' "$file" || fail "$page: the &amp; of the input was not shown literally"
  grep -q '&lt;script&gt;alert(' "$file" || fail "$page: the input's <script> is not shown as text"
  # Every double quote must be an attribute delimiter of the report's own markup: parse the page
  # and compare its elements and attributes with the ones the report writes.
  python3 - "$file" <<'PY' || fail "$page: unexpected elements or attributes (see above)"
import sys
from html.parser import HTMLParser

ALLOWED = {
    "html": {"lang"}, "head": set(), "meta": {"charset", "name", "content"}, "title": {"id"},
    "style": set(), "body": set(), "main": set(), "section": {"class", "id"}, "footer": set(),
    "h1": set(), "h2": set(), "h3": set(), "h4": set(), "p": {"class"}, "ul": {"class"},
    "li": set(), "strong": set(), "abbr": {"title"}, "div": {"class"}, "table": {"class"},
    "thead": set(), "tbody": set(), "tr": set(), "th": {"class", "colspan"},
    "td": {"class"}, "span": {"class", "style", "aria-hidden"}, "figure": {"class"},
    "svg": {"class", "viewbox", "role", "aria-labelledby"}, "desc": {"id"}, "g": {"class"},
    "polygon": {"class", "points"}, "line": {"x1", "y1", "x2", "y2", "class"},
    "circle": {"cx", "cy", "r"}, "text": {"class", "x", "y", "text-anchor"},
    "tspan": {"x", "dy"},
}
problems = []
texts = []

class Page(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            problems.append(f"element <{tag}>")
            return
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name == "style" and not value.startswith("width: "):
                problems.append(f"style {value!r}")

    def handle_data(self, data):
        texts.append(data)

page = Page(convert_charrefs=True)
page.feed(open(sys.argv[1], encoding="utf-8").read())
page.close()
text = "".join(texts)
for expected in ["<script>alert(1)</script>", "\" onload=\"x", "' &amp;"]:
    if expected not in text:
        problems.append(f"the text {expected!r} is not shown literally")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done
echo "html escaping: 3 pages clean"
