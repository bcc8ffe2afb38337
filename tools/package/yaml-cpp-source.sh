#!/usr/bin/env bash
# Debian's yaml-cpp source package, unpacked once into WORK/yaml-cpp-source; prints that folder.
#   tools/package/yaml-cpp-source.sh WORK
# Used by tools/package/build.sh (the Windows build) and tools/quickstart web (the WebAssembly
# build). `apt-get source yaml-cpp` needs a deb-src entry: one for bookworm main is added to
# apt's sources when there is none. Nothing is downloaded any other way.
set -euo pipefail
work=$1
mkdir -p "$work"
work=$(cd "$work" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

if [ ! -d "$work/yaml-cpp-source" ]; then
  if [ -z "$(apt-get indextargets --format '$(SOURCESENTRY)' 'Created-By: Sources' \
    'Release: bookworm' 'Component: main' 2>/dev/null)" ]; then
    # A deb-src entry next to apt's own entry for bookworm main, with the same mirror and key:
    # in a deb822 .sources file "deb-src" joins that stanza's Types; in a one-line .list file
    # the line is repeated as deb-src.
    entry=$(apt-get indextargets --format '$(SOURCESENTRY)' 'Identifier: Packages' \
      'Release: bookworm' 'Component: main' | head -n 1)
    file=${entry%:*} line=${entry##*:}
    [ -f "$file" ] || {
      echo "yaml-cpp-source: no apt source for Debian bookworm main was found" >&2
      exit 1
    }
    echo "yaml-cpp-source: adding deb-src for bookworm to $file" >&2
    if [[ $file == *.sources ]]; then
      $sudo sed -i "$line,/^\$/{/^Types:/{/deb-src/!s/\$/ deb-src/}}" "$file"
    else
      sed -n "${line}s/^deb /deb-src /p" "$file" |
        $sudo tee /etc/apt/sources.list.d/routekaart-deb-src.list >/dev/null
    fi
    $sudo apt-get update -qq
  fi
  mkdir -p "$work/yaml-cpp-download"
  (cd "$work/yaml-cpp-download" && apt-get source -qq yaml-cpp 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true)
  source_dir=$(find "$work/yaml-cpp-download" -mindepth 1 -maxdepth 1 -type d -name 'yaml-cpp-*' | head -n 1)
  [ -n "$source_dir" ] || {
    echo "yaml-cpp-source: apt-get source yaml-cpp gave no source folder" >&2
    exit 1
  }
  mv "$source_dir" "$work/yaml-cpp-source"
fi
echo "$work/yaml-cpp-source"
