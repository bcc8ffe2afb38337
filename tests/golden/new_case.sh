#!/usr/bin/env bash
# Creates a golden case from a command line and records its current output for review:
#   tests/golden/new_case.sh NAME 'routekaart check examples/de-brug.yaml'
set -eu
dir="$(dirname "$0")/$1"
mkdir -p "$dir"
printf '%s\n' "$2" >"$dir/cmd"
ROUTEKAART_UPDATE_GOLDEN=1 "$(dirname "$0")/run_case.sh" "${ROUTEKAART_BINARY:-build/routekaart}" "$dir"
echo "== $1 (exit $(cat "$dir/exit"))"
