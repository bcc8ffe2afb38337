#!/usr/bin/env bash
# The browser edition's tests (CTest web/api, web/page; label tooling): the page that
# `tools/quickstart web` builds, in Debian's Chromium through puppeteer-core.
#   tests/web/run.sh api|page ROUTEKAART_BINARY BUILD_DIR
# Exit code 77 (skipped, with the reason) when there is no Chromium, no puppeteer-core, or no
# page: the page is built by `tools/quickstart web` (emscripten), not by the native build.
set -euo pipefail
which=$1 binary=$2 build=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
page=${ROUTEKAART_WEB_PAGE:-$root/build-web/routekaart.html}
skip() {
  echo "SKIPPED: $*"
  exit 77
}
command -v "${ROUTEKAART_CHROMIUM:-chromium}" >/dev/null || skip "no chromium (apt-get install chromium)"
[ -d "$root/tests/tools/node_modules/puppeteer-core" ] ||
  skip "no puppeteer-core: (cd tests/tools && PUPPETEER_SKIP_DOWNLOAD=1 npm ci)"
if [ ! -f "$page" ]; then
  command -v emcc >/dev/null || skip "no emcc, so no $page (apt-get install emscripten node-acorn)"
  skip "no $page: build it with tools/quickstart web"
fi
export NODE_PATH=$root/tests/tools/node_modules
case "$which" in
  api) exec node "$root/tests/web/api.cjs" "$binary" "$page" ;;
  page) exec node "$root/tests/web/page.cjs" "$binary" "$page" "$build/web-screenshots" ;;
esac
echo "tests/web/run.sh: unknown test '$which'" >&2
exit 2
