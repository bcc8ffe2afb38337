#!/usr/bin/env bash
# Debian's yaml-cpp source package, unpacked (patches applied) into the folder DEST, which must
# not exist yet: `apt-get source yaml-cpp` in DOWNLOAD (default DEST.download), after adding a
# deb-src entry for bookworm to apt's sources when there is none. Used by tools/package/build.sh
# (the Windows build) and tools/quickstart fuzz (a yaml-cpp built with the sanitizers).
#   tools/package/yaml-cpp-source.sh DEST [DOWNLOAD]
set -euo pipefail
dest=$1
download=${2:-$1.download}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
if [ -z "$(apt-get indextargets --format '$(SOURCESENTRY)' 'Created-By: Sources' \
  'Release: bookworm' 'Component: main' 2>/dev/null)" ]; then
  # A deb-src entry next to apt's own entry for bookworm main, with the same mirror and key:
  # in a deb822 .sources file "deb-src" joins that stanza's Types; in a one-line .list file
  # the line is repeated as deb-src.
  entry=$(apt-get indextargets --format '$(SOURCESENTRY)' 'Identifier: Packages' \
    'Release: bookworm' 'Component: main' | head -n 1)
  file=${entry%:*} line=${entry##*:}
  [ -f "$file" ] || {
    echo "package: no apt source for Debian bookworm main was found" >&2
    exit 1
  }
  echo "package: adding deb-src for bookworm to $file" >&2
  if [[ $file == *.sources ]]; then
    $sudo sed -i "$line,/^\$/{/^Types:/{/deb-src/!s/\$/ deb-src/}}" "$file"
  else
    sed -n "${line}s/^deb /deb-src /p" "$file" |
      $sudo tee /etc/apt/sources.list.d/routekaart-deb-src.list >/dev/null
  fi
  $sudo apt-get update -qq
fi
mkdir -p "$download"
(cd "$download" && apt-get source -qq yaml-cpp 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true)
source_dir=$(find "$download" -mindepth 1 -maxdepth 1 -type d -name 'yaml-cpp-*' | head -n 1)
[ -n "$source_dir" ] || {
  echo "package: apt-get source yaml-cpp gave no source folder" >&2
  exit 1
}
mv "$source_dir" "$dest"
