#!/usr/bin/env bash
# The browser edition's tests (CTest web/api, web/page; label tooling): the page that
# `tools/quickstart web` builds, in Debian's Chromium through puppeteer-core.
#   tests/web/run.sh api|page ROUTEKAART_BINARY BUILD_DIR
# Exit code 77 (skipped, with the reason) when there is no Chromium, no puppeteer-core, or no
# page or one older than its sources: the page is built by `tools/quickstart web` (emscripten),
# not by the native build.
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
# A page older than its sources would test old code: build it again first.
newer=$( (find "$root/web" -maxdepth 1 -type f -newer "$page"
  find "$root/src" "$root/texts" "$root/rules" "$root/signposts" -type f -newer "$page") |
  head -n 1 || true)
[ -z "$newer" ] || skip "$page is older than ${newer#"$root"/}: build it again with tools/quickstart web"
export NODE_PATH=$root/tests/tools/node_modules
case "$which" in
  api) exec node "$root/tests/web/api.cjs" "$binary" "$page" ;;
  page) exec node "$root/tests/web/page.cjs" "$binary" "$page" "$build/web-screenshots" ;;
esac
echo "tests/web/run.sh: unknown test '$which'" >&2
exit 2
