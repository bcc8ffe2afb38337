#!/usr/bin/env bash
# The browser edition: one self-contained build-web/routekaart.html (tools/quickstart web).
#   web/build.sh
# Environment (tools/package/build.sh uses them to put the page into the release packages):
#   ROUTEKAART_WEB_BUILD      the build folder (default build-web)
#   ROUTEKAART_NATIVE_BUILD   a configured native build whose generators are used (default build)
#   ROUTEKAART_WEB_CXXFLAGS   extra compiler flags (the packages' -ffile-prefix-map)
# 1. the build-time generators of a native build (build/: routekaart_gentexts, _precompile);
# 2. yaml-cpp from Debian's source package (tools/package/yaml-cpp-source.sh), built with
#    emscripten into build-web/deps;
# 3. the core and web/api.cpp compiled to WebAssembly (build-web/wasm, target routekaart_web);
# 4. web/assemble.cjs: the page (web/page.*), the script and the WebAssembly in one file.
# Every step is incremental. Nothing is downloaded but Debian's yaml-cpp source package.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
web=${ROUTEKAART_WEB_BUILD:-$root/build-web}
native=${ROUTEKAART_NATIVE_BUILD:-$root/build}
deps=$web/deps
# Debian's emscripten finds its JavaScript modules (acorn) there when `node` is not Debian's.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
stage() { echo "web: $*" >&2; }

stage "native generators ($native)"
if [ ! -f "$native/build.ninja" ]; then
  cmake -S . -B "$native" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON \
    -DROUTEKAART_WERROR="${ROUTEKAART_WERROR:-OFF}" >&2
fi
cmake --build "$native" --target routekaart_gentexts routekaart_precompile >&2

# The marker names how yaml-cpp was built: a folder built another way is built again.
yaml_flags="-fexceptions${ROUTEKAART_WEB_CXXFLAGS:+ $ROUTEKAART_WEB_CXXFLAGS}"
if [ "$(cat "$deps/yaml-cpp.flags" 2>/dev/null)" != "$yaml_flags" ]; then
  stage "yaml-cpp from Debian's source package, for WebAssembly ($deps)"
  source_dir=$(tools/package/yaml-cpp-source.sh "$web")
  emcmake cmake -S "$source_dir" -B "$web/yaml-cpp-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$deps" -DYAML_BUILD_SHARED_LIBS=OFF -DYAML_CPP_BUILD_TESTS=OFF \
    -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF "-DCMAKE_CXX_FLAGS=$yaml_flags" \
    >"$web/yaml-cpp.configure.log"
  cmake --build "$web/yaml-cpp-build" >&2
  cmake --install "$web/yaml-cpp-build" >/dev/null
  echo "$yaml_flags" >"$deps/yaml-cpp.flags"
fi
# CLI11 is not compiled here but cmake/cross.cmake looks for it; {fmt} is header-only: Debian's.
ln -sfn /usr/include/CLI "$deps/include/CLI"
ln -sfn /usr/include/fmt "$deps/include/fmt"

stage "the core as WebAssembly ($web/wasm)"
if [ ! -f "$web/wasm/build.ninja" ]; then
  emcmake cmake -S . -B "$web/wasm" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG${ROUTEKAART_WEB_CXXFLAGS:+ $ROUTEKAART_WEB_CXXFLAGS}" -DCMAKE_UNITY_BUILD=ON \
    -DROUTEKAART_WERROR="${ROUTEKAART_WERROR:-OFF}" -DCMAKE_FIND_ROOT_PATH="$deps" \
    -DROUTEKAART_GENTEXTS="$native/routekaart_gentexts" \
    -DROUTEKAART_PRECOMPILE="$native/routekaart_precompile" -DROUTEKAART_BENCH=OFF \
    >"$web/wasm.configure.log" || {
    cat "$web/wasm.configure.log" >&2
    exit 1
  }
fi
cmake --build "$web/wasm" --target routekaart_web >&2

stage "one page ($web/routekaart.html)"
node web/assemble.cjs "$web/wasm/routekaart-core.js" "$web/wasm/routekaart-core.wasm" \
  "$web/routekaart.html"
echo "$web/routekaart.html"
