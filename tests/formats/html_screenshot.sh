#!/usr/bin/env bash
# Renders the HTML report of examples/ in headless Chromium and checks that the screenshot is
# not blank: a 1200x1600 PNG of reasonable size with many colours, a fair share of non-white
# pixels, and the colours of the status cells (addressed, partial, planned) and of the radar
# chart's outline present. Skips (77) when Chromium is not installed.
#   tests/formats/html_screenshot.sh path/to/routekaart [OUT.png]
set -u
binary=$(realpath "$1")
keep=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (apt-get install -y chromium)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export NO_COLOR=1 LC_ALL=C.UTF-8
"$binary" check examples/*.yaml --format html --lang nl >"$work/report.html" ||
  { echo "FAIL: routekaart check examples/*.yaml --format html failed" >&2; exit 1; }
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --screenshot="$work/report.png" --window-size=1200,1600 \
  "file://$work/report.html" >"$work/chromium.log" 2>&1
code=$?
if [ $code -ne 0 ] || [ ! -s "$work/report.png" ]; then
  cat "$work/chromium.log" >&2
  echo "FAIL: chromium exited $code without a screenshot" >&2
  exit 1
fi
[ -n "$keep" ] && cp "$work/report.png" "$keep"
python3 - "$work/report.png" <<'PY'
import struct, sys, zlib

def decode(path):
    """Returns width, height, bytes per pixel and the unfiltered rows of an 8-bit RGB(A) PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("FAIL: not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                sys.exit(f"FAIL: unexpected PNG type (depth {depth}, colour type {ctype})")
        elif kind == b"IDAT":
            idat += body
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if kind == 2:
            line = bytearray((v + u) & 255 for v, u in zip(line, prev))
        elif kind in (1, 3, 4):
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
                if kind == 1:
                    line[x] = (line[x] + a) & 255
                elif kind == 3:
                    line[x] = (line[x] + (a + b) // 2) & 255
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif kind != 0:
            sys.exit(f"FAIL: unknown PNG filter {kind}")
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows

path = sys.argv[1]
size = len(open(path, "rb").read())
width, height, bpp, rows = decode(path)
counts = {}
for row in rows:
    for x in range(0, len(row), bpp):
        pixel = row[x:x + 3]
        counts[pixel] = counts.get(pixel, 0) + 1
total = width * height
white = counts.get(b"\xff\xff\xff", 0)

def near(rgb, tolerance=6):
    r, g, b = bytes.fromhex(rgb)
    return sum(n for p, n in counts.items()
               if abs(p[0] - r) <= tolerance and abs(p[1] - g) <= tolerance and abs(p[2] - b) <= tolerance)

problems = []
if size < 20000:
    problems.append(f"the PNG has only {size} bytes")
if (width, height) != (1200, 1600):
    problems.append(f"the PNG is {width}x{height}, not 1200x1600")
if len(counts) < 50:
    problems.append(f"only {len(counts)} distinct colours")
share = 1 - white / total
if not 0.03 <= share <= 0.9:
    problems.append(f"{share:.1%} of the pixels are not white")
for name, rgb in [("addressed", "bfe3c0"), ("partial", "fbe7a1"), ("planned", "cfe0f3"),
                  ("radar outline", "2b6f9e")]:
    found = near(rgb)
    if found < 200:
        problems.append(f"the {name} colour #{rgb} covers only {found} pixels")
for p in problems:
    print("FAIL:", p, file=sys.stderr)
print(f"screenshot: {width}x{height}, {size} bytes, {len(counts)} colours, {share:.1%} not white")
sys.exit(1 if problems else 0)
PY
