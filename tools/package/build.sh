#!/usr/bin/env bash
# The release packages, built into dist/ (`tools/quickstart package` installs the Debian packages
# this needs, then runs it):
#   routekaart_<version>_amd64.deb              CPack: /usr/bin/routekaart, manual page, completions
#   routekaart-<version>-linux-x86_64.tar.gz    the same files (bin/, share/) and README.md; the
#                                               binary is static and needs no shared library
#   routekaart-<version>-windows-x86_64.zip     routekaart.exe (mingw-w64, static) and README.md
#   SHA256SUMS                                  over the three
# Reproducible: the same commit gives byte-identical files. SOURCE_DATE_EPOCH is the commit's
# time; archives have fixed times, owners and modes and a sorted file order; compilers record no
# build paths (-ffile-prefix-map) and binaries are stripped; the Windows linker writes no time.
#   tools/package/build.sh [DIST [WORK]]    defaults: dist build-package (under the source tree)
# yaml-cpp for Windows is built from Debian's source package (apt-get source yaml-cpp; a deb-src
# entry for bookworm is added to apt's sources when there is none). WORK keeps it, and both
# builds, so a second run is incremental.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mkdir -p "${1:-dist}" "${2:-build-package}"
dist=$(cd "${1:-dist}" && pwd)
work=$(cd "${2:-build-package}" && pwd)
umask 022
export LC_ALL=C.UTF-8 TZ=UTC
stage() { echo "package: [$((SECONDS / 60))m$((SECONDS % 60))s] $*" >&2; }

version=$(sed -n 's/^project(routekaart VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
if commit=$(git rev-parse --short=12 HEAD 2>/dev/null) &&
  [ "$(git rev-parse --show-toplevel)" = "$root" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct HEAD)
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    echo "package: note: uncommitted changes are built in, so these packages are not those of" \
      "commit $commit" >&2
  fi
else
  commit=unknown
  SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(stat -c %Y CMakeLists.txt)}
fi
export SOURCE_DATE_EPOCH
# No build path in any object: the sources are /src, the build folders /build.
maps="-ffile-prefix-map=$work=/build -ffile-prefix-map=$root=/src"
common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON -DROUTEKAART_WERROR=ON)
linux_name=routekaart-$version-linux-x86_64
windows_name=routekaart-$version-windows-x86_64
deb_name=routekaart_${version}_amd64.deb
echo "package: routekaart $version, commit $commit, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH" >&2

# An archive of the folder $2 under $1, written to $3: sorted names, the commit's time, owner
# root, modes u=rw(x) go=r(x).
archive() {
  local base=$1 name=$2 output=$3
  find "$base/$name" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  chmod -R u=rwX,go=rX "$base/$name"
  case "$output" in
    *.tar.gz)
      tar -C "$base" --sort=name --format=gnu --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 \
        --numeric-owner -cf - "$name" | gzip -9n >"$output"
      ;;
    *.zip)
      # zip -X: no extra fields (cmake -E tar would store each file's inode change time).
      rm -f "$output"
      (cd "$base" && find "$name" -type f | LC_ALL=C sort | zip -q -X -D -9 "$output" -@)
      ;;
  esac
}

stage "Linux: static binary and build generators ($work/linux)"
cmake -S "$root" -B "$work/linux" "${common[@]}" -DROUTEKAART_BENCH=OFF \
  "-DCMAKE_CXX_FLAGS=$maps" >"$work/linux.configure.log" || {
  cat "$work/linux.configure.log"
  exit 1
}
cmake --build "$work/linux" --target routekaart routekaart_completions routekaart_gentexts \
  routekaart_precompile >&2

stage "Linux: $deb_name (CPack)"
rm -rf "$work/deb"
(cd "$work/linux" && cpack -G DEB -B "$work/deb" >"$work/deb.log") || {
  cat "$work/deb.log"
  exit 1
}

stage "Linux: $linux_name.tar.gz"
rm -rf "$work/stage" && mkdir -p "$work/stage"
cmake --install "$work/linux" --prefix "$work/stage/$linux_name" --strip >/dev/null
cp README.md "$work/stage/$linux_name/"

stage "Windows: yaml-cpp from Debian's source package, cross-built ($work/windows-deps)"
deps=$work/windows-deps
toolchain=$root/cmake/mingw-w64-x86_64.cmake
if [ ! -f "$deps/lib/libyaml-cpp.a" ]; then
  if [ ! -d "$work/yaml-cpp-source" ]; then
    tools/package/yaml-cpp-source.sh "$work/yaml-cpp-source" "$work/yaml-cpp-download"
  fi
  cmake -S "$work/yaml-cpp-source" -B "$work/yaml-cpp-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$deps" -DYAML_BUILD_SHARED_LIBS=OFF -DYAML_CPP_BUILD_TESTS=OFF \
    -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF \
    "-DCMAKE_CXX_FLAGS=-DYAML_CPP_STATIC_DEFINE $maps" >"$work/yaml-cpp.configure.log"
  cmake --build "$work/yaml-cpp-build" >&2
  cmake --install "$work/yaml-cpp-build" >/dev/null
fi
# CLI11 and {fmt} are header-only: Debian's headers, found next to yaml-cpp's.
ln -sfn /usr/include/CLI "$deps/include/CLI"
ln -sfn /usr/include/fmt "$deps/include/fmt"

stage "Windows: routekaart.exe ($work/windows)"
cmake -S "$root" -B "$work/windows" "${common[@]}" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
  -DCMAKE_FIND_ROOT_PATH="$deps" -DROUTEKAART_GENTEXTS="$work/linux/routekaart_gentexts" \
  -DROUTEKAART_PRECOMPILE="$work/linux/routekaart_precompile" "-DCMAKE_CXX_FLAGS=$maps" \
  -DCMAKE_EXE_LINKER_FLAGS=-Wl,--no-insert-timestamp >"$work/windows.configure.log" || {
  cat "$work/windows.configure.log"
  exit 1
}
cmake --build "$work/windows" --target routekaart >&2

stage "Windows: $windows_name.zip"
mkdir -p "$work/stage/$windows_name"
x86_64-w64-mingw32-strip -o "$work/stage/$windows_name/routekaart.exe" "$work/windows/routekaart.exe"
cp README.md "$work/stage/$windows_name/"

stage "dist: archives and SHA256SUMS ($dist)"
rm -f "$dist/$deb_name" "$dist/$linux_name.tar.gz" "$dist/$windows_name.zip" "$dist/SHA256SUMS"
cp "$work/deb/$deb_name" "$dist/$deb_name"
archive "$work/stage" "$linux_name" "$dist/$linux_name.tar.gz"
archive "$work/stage" "$windows_name" "$dist/$windows_name.zip"
(cd "$dist" && sha256sum "$linux_name.tar.gz" "$windows_name.zip" "$deb_name" | LC_ALL=C sort -k 2 >SHA256SUMS)
touch -d "@$SOURCE_DATE_EPOCH" "$dist/SHA256SUMS"
stage "done"
(cd "$dist" && ls -l "$deb_name" "$linux_name.tar.gz" "$windows_name.zip" SHA256SUMS && cat SHA256SUMS) >&2
