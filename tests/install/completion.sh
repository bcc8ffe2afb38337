#!/usr/bin/env bash
# The shell completions offer what the binary accepts.
#   tests/install/completion.sh BINARY
# bash: runs the completion function with COMP_WORDS/COMP_CWORD and compares COMPREPLY.
# zsh and fish: syntax checks (`zsh -n`, `fish -n`) when those shells are installed, plus a
# check that their files name every command, format and slug.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
completions=$root/tools/completions
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG
cd "$root" || exit 1

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# complete WORD... : the sorted, space-joined COMPREPLY for the command line "WORD...", whose
# last word is the one being completed (give "" for an empty word).
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _routekaart
           printf "%s\n" "${COMPREPLY[@]}"' _ "$completions/routekaart.bash" "$@" |
    sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}

# expect "EXPECTED" WORD... : the completions are exactly EXPECTED (sorted, space-joined).
expect() {
  local expected=$1
  shift
  local actual
  actual=$(complete_words "$@")
  [ "$actual" = "$expected" ] || fail "completing '$*': expected [$expected], got [$actual]"
}

# offers WORD WORDS... : WORD is among the completions of WORDS.
offers() {
  local wanted=$1
  shift
  case " $(complete_words "$@") " in
    *" $wanted "*) ;;
    *) fail "completing '$*' does not offer '$wanted'" ;;
  esac
}

# The brief's own command line, verbatim.
reply=$(bash -c 'source tools/completions/routekaart.bash; COMP_WORDS=(routekaart che); COMP_CWORD=1; _routekaart; printf "%s\n" "${COMPREPLY[@]}"')
[ "$reply" = check ] || fail "'routekaart che' completes to [$reply], expected [check]"

expect "github html json junit markdown sarif text" routekaart check --format ""
expect "github html json junit markdown sarif text" routekaart validate -f ""
expect "sarif" routekaart check --format s
expect "sarif" routekaart check --format = s
for command in list explain rules ratings diff; do
  expect "json markdown text" routekaart "$command" --format ""
done
expect "en nl" routekaart --lang ""
expect "en nl" routekaart check --lang ""
expect "error info never warning" routekaart check --fail-on ""
expect "managers practitioners" routekaart check --audience ""
expect "means midpoint" routekaart ratings --crosshair ""
expect "json text" routekaart config --format ""
expect "1 10 11 12 13 14" routekaart explain 1
expect "niet-hoog-insteken" routekaart explain niet
expect "RK101 RK102 RK103 RK104 RK105" routekaart explain rk10
expect "check" routekaart --lang nl che
expect "examples/de-brug.yaml" routekaart check examples/de-
offers examples routekaart check exa
expect "" routekaart --rater ""

# The slugs offered by explain are exactly those of signposts/NN-slug.yaml.
slugs=$(cd signposts && for f in [0-9][0-9]-*.yaml; do f=${f#??-}; echo "${f%.yaml}"; done | sort | tr '\n' ' ' | sed 's/ $//')
offered=$(complete_words routekaart explain "" | tr ' ' '\n' | grep -E '^[a-z]' | tr '\n' ' ' | sed 's/ $//')
[ "$slugs" = "$offered" ] || fail "explain slugs [$offered] differ from signposts/ [$slugs]"
[ "$(echo "$slugs" | wc -w)" -eq 14 ] || fail "expected 14 slugs in signposts/, found [$slugs]"
numbers=$(complete_words routekaart explain "" | tr ' ' '\n' | grep -E '^[0-9]+$' | sort -n | tr '\n' ' ')
[ "$numbers" = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 " ] || fail "explain numbers are [$numbers]"

# The rule ids offered by explain are exactly those of rules/rules.yaml.
rules=$(grep -oE '^- id: RK[0-9]{3}' rules/rules.yaml | sed 's/^- id: //' | sort | tr '\n' ' ' | sed 's/ $//')
offered=$(complete_words routekaart explain RK)
[ "$rules" = "$offered" ] || fail "explain rule ids [$offered] differ from rules/rules.yaml [$rules]"

# Every command and every option the binary accepts is offered.
help=$("$binary" --lang en --help)
commands=$(printf '%s\n' "$help" | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')
[ "$(echo "$commands" | wc -w)" -ge 12 ] || fail "could not read the commands from --help: [$commands]"
for command in $commands; do
  offers "$command" routekaart ""
  for option in $("$binary" --lang en "$command" --help | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | sed 's/.*,//; s/^ *//'); do
    offers "$option" routekaart "$command" --
  done
  # Same in the zsh and fish files.
  grep -qE "'$command:" "$completions/_routekaart" || fail "_routekaart does not describe command $command"
  grep -qE "^ *$command\)|[ |]$command( |\))" "$completions/_routekaart" || fail "_routekaart has no case for $command"
  grep -qE -- "-a $command " "$completions/routekaart.fish" || fail "routekaart.fish does not offer command $command"
done
for option in $(printf '%s\n' "$help" | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | sed 's/.*--//'); do
  [ "$option" = help ] && continue
  offers "--$option" routekaart -
done
for file in _routekaart routekaart.fish; do
  for word in $slugs sarif junit github html practitioners managers midpoint never; do
    grep -q -- "$word" "$completions/$file" || fail "$file does not mention '$word'"
  done
done

# Syntax of the zsh and fish files, only when those shells are installed.
if command -v zsh >/dev/null; then
  zsh -n "$completions/_routekaart" || fail "zsh -n _routekaart"
else
  echo "note: zsh is not installed; the syntax check of _routekaart is skipped"
fi
if command -v fish >/dev/null; then
  fish -n "$completions/routekaart.fish" || fail "fish -n routekaart.fish"
else
  echo "note: fish is not installed; the syntax check of routekaart.fish is skipped"
fi
bash -n "$completions/routekaart.bash" || fail "bash -n routekaart.bash"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: bash completion offers $(echo "$commands" | wc -w) commands, their options and values"
