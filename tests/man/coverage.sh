#!/usr/bin/env bash
# The manual page cannot silently fall behind the binary: every subcommand that
# `routekaart --help` lists, every long option of `routekaart --help` and of each
# `routekaart COMMAND --help`, every `--format` value and every rule id of rules/rules.yaml
# must appear in man/routekaart.1 at the place mdoc puts it.
#   tests/man/coverage.sh BINARY [MANPAGE]
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
page=${2:-$root/man/routekaart.1}
[ -f "$page" ] || { echo "FAIL: no manual page at $page"; exit 1; }
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

help=$("$binary" --lang en --help) || { echo "FAIL: $binary --help failed"; exit 1; }
# The subcommands: the indented words under "Subcommands:".
commands=$(printf '%s\n' "$help" | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')
[ -n "$commands" ] || { echo "FAIL: no subcommands found in --help output"; exit 1; }
count=$(printf '%s\n' "$commands" | wc -l)
[ "$count" -ge 12 ] || fail "only $count subcommands parsed from --help; the parser is broken"

# Long options as they appear in CLI11's help: "  -f,--format TEXT" or "  --force".
long_options() { printf '%s\n' "$1" | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | sed 's/.*--//'; }

for option in $(long_options "$help"); do
  [ "$option" = help ] && continue
  grep -qE "^\.It (.* )?Fl -$option( |\$)" "$page" || fail "global option --$option is not described (.It Fl -$option)"
done

for command in $commands; do
  # Each command has an item in COMMANDS and a line in SYNOPSIS.
  grep -qE "^\.It Cm $command( |\$)" "$page" || fail "command '$command' has no .It Cm $command item in COMMANDS"
  grep -qE "^\.Cm $command\$" "$page" || fail "command '$command' is missing from the SYNOPSIS"
  command_help=$("$binary" --lang en "$command" --help) || { fail "$command --help failed"; continue; }
  # The command's options must be described in its own item (from .It Cm COMMAND to the
  # next command's item).
  section=$(awk -v cmd="$command" '
    $0 ~ "^\\.It Cm " cmd "( |$)" {on = 1; print; next}
    on && /^\.It Cm [a-z]+( |$)/ && $0 !~ "^\\.It Cm (text|markdown|json)" {
      if (depth == 0) exit
    }
    on && /^\.Bl/ {depth++}
    on && /^\.El/ {depth--; if (depth < 0) exit}
    on {print}' "$page")
  for option in $(long_options "$command_help"); do
    [ "$option" = help ] && continue
    printf '%s\n' "$section" | grep -qE "Fl -$option( |\$)" ||
      fail "option --$option of '$command' is not described under .It Cm $command"
  done
  # Every --format value of the command is named in its item or in OUTPUT FORMATS.
  values=$(printf '%s\n' "$command_help" | grep -oE -- '--format TEXT:\{[a-z,]+\}' | sed 's/.*{//; s/}//; s/,/ /g')
  for value in $values; do
    grep -qE "^\.It Cm $value\$" "$page" || fail "format '$value' is not described in OUTPUT FORMATS"
  done
done

# Every rule of the rule table has a line in RULES.
rules=$(grep -oE '^- id: RK[0-9]{3}' "$root/rules/rules.yaml" | sed 's/^- id: //')
[ -n "$rules" ] || fail "no rule ids found in rules/rules.yaml"
for rule in $rules; do
  grep -qE "^\.It $rule\$" "$page" || fail "rule $rule is not described in RULES"
done

# Every signpost of the catalogue is listed with its number and slug in DESCRIPTION.
for file in "$root"/signposts/[0-9][0-9]-*.yaml; do
  name=$(basename "$file" .yaml)
  number=$((10#${name%%-*}))
  slug=${name#*-}
  grep -A2 -E "^\.It $number\$" "$page" | grep -qE "^\.Pq Li $slug\$" ||
    fail "signpost $number ($slug) is not listed in DESCRIPTION"
done

# The examples in THE FILE FORMAT are valid: the intervention file and the configuration.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
literal_block() {  # the Nth literal block after ".Ss Example"
  awk -v n="$1" '/^\.Ss Example/ {on = 1} on && /^\.Bd -literal/ {if (++seen == n) {grab = 1; next}}
                 grab && /^\.Ed/ {exit} grab {print}' "$page"
}
literal_block 1 >"$tmp/example.yaml"
literal_block 2 >"$tmp/.routekaart.yaml"
grep -q '^routekaart: 1$' "$tmp/example.yaml" || fail "no intervention file example found in THE FILE FORMAT"
grep -q '^paths:' "$tmp/.routekaart.yaml" || fail "no project configuration example found in THE FILE FORMAT"
"$binary" --lang en validate "$tmp/example.yaml" >"$tmp/out" 2>&1 ||
  fail "the example intervention file is not valid: $(cat "$tmp/out")"
"$binary" --lang en check "$tmp/example.yaml" --quiet 2>&1 | grep -q 'RK022' &&
  fail "the example's suppression matches nothing (RK022)"
(cd "$tmp" && "$binary" --lang en config >"$tmp/out" 2>&1) ||
  fail "the example configuration is not valid: $(cat "$tmp/out")"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s): update man/routekaart.1"
  exit 1
fi
echo "ok: $(printf '%s\n' "$commands" | wc -l) commands, their options, formats and $(printf '%s\n' "$rules" | wc -l) rules are in the manual page"
