#!/usr/bin/env bash
# The include rule of ARCHITECTURE.md, checked over every #include line of src/:
#   - the stages, in pipeline order: common io yaml schema catalogue model check render cli;
#     a file may include its own folder and the folders before it, never one after it;
#   - only src/cli/ (and src/main.cpp) may include CLI11: the core knows no command line.
# Prints each violation as file:line: what is wrong, and exits 1 when there is any.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/src"
order=(common io yaml schema catalogue model check render cli)
level() {
  local i
  for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }; done
  case "$1" in generated | third_party) echo 0 ;; *) echo -1 ;; esac
}
status=0
while IFS=: read -r file line text; do
  from=${file%%/*}
  [ "$file" = main.cpp ] && continue
  from_level=$(level "$from")
  if [[ $text =~ \#include\ *[\<\"]CLI/ ]] && [ "$from" != cli ]; then
    echo "src/$file:$line: $from/ is part of the core and may not include CLI11"
    status=1
  fi
  if [[ $text =~ \#include\ *\"([a-z_]+)/ ]]; then
    to=${BASH_REMATCH[1]}
    to_level=$(level "$to")
    if [ "$to_level" -lt 0 ]; then
      echo "src/$file:$line: includes from an unknown folder '$to/'"
      status=1
    elif [ "$to_level" -gt "$from_level" ]; then
      echo "src/$file:$line: $from/ may not include $to/ (it comes later in the pipeline: ${order[*]})"
      status=1
    fi
  elif [[ $text =~ \#include\ *\"[^/\"]+\" ]]; then
    echo "src/$file:$line: includes are rooted at src/, e.g. \"$from/name.hpp\""
    status=1
  fi
done < <(grep -rn --include='*.cpp' --include='*.hpp' '^ *# *include' .  | sed 's#^\./##')
[ "$status" -eq 0 ] && echo "includes: every folder includes only itself and the stages before it"
exit "$status"
