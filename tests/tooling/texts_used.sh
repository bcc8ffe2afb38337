#!/usr/bin/env bash
# Every text of texts/*.yaml is used by the code: an unused text is dead data that translators
# would still have to review. A text is used when src/ names its struct, texts::<id with dots as
# underscores>. Prints each unused text as file:line: id, and exits 1 when there is any.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
used=$(grep -rhoE 'texts::[a-z0-9_]+' src | sort -u | sed 's/^texts:://')
status=0
count=0
while IFS=: read -r file line id; do
  count=$((count + 1))
  symbol=${id//./_}
  if ! grep -qx "$symbol" <<<"$used"; then
    echo "$file:$line: text '$id' is not used by src/ (texts::$symbol)"
    status=1
  fi
done < <(grep -nE '^[a-z][a-z0-9_.]*:$' texts/*.yaml | sed 's/:$//')
[ "$status" -eq 0 ] && echo "texts: all $count texts of texts/*.yaml are used"
exit "$status"
