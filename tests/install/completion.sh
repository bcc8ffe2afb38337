#!/usr/bin/env bash
# The shell completions that `routekaart completion bash|zsh|fish` writes offer what the binary
# accepts.
#   tests/install/completion.sh BINARY
# bash: runs the completion function with COMP_WORDS/COMP_CWORD and compares COMPREPLY.
# fish and zsh, when installed: their syntax checks, and the candidates each shell offers for the
# same kind of command lines (`complete -C`; zsh through tests/install/zsh_candidates.zsh).
# Both files name every command, format and slug.
# The files the build wrote next to the binary (completions/) are what the binary writes now.
# Installed with `cmake --install` (prefix /usr and /usr/local), bash (bash-completion), zsh and
# fish each find the completion by themselves (as root, in a private mount namespace).
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG
cd "$root" || exit 1

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for shell in bash zsh fish; do
  "$binary" --lang en completion "$shell" >"$tmp/$shell" 2>"$tmp/$shell.err" ||
    { echo "FAIL: routekaart completion $shell: $(cat "$tmp/$shell.err")"; exit 1; }
done
bash_file=$tmp/bash zsh_file=$tmp/zsh fish_file=$tmp/fish

# The build's files (installed by `cmake --install`) are the binary's output.
built=$(dirname "$binary")/completions
if [ -d "$built" ]; then
  cmp -s "$built/routekaart" "$bash_file" || fail "$built/routekaart differs from 'completion bash'"
  cmp -s "$built/_routekaart" "$zsh_file" || fail "$built/_routekaart differs from 'completion zsh'"
  cmp -s "$built/routekaart.fish" "$fish_file" || fail "$built/routekaart.fish differs from 'completion fish'"
fi
"$binary" --lang en completion tcsh >/dev/null 2>&1
[ $? -eq 2 ] || fail "'routekaart completion tcsh' does not exit 2"

# complete WORD... : the sorted, space-joined COMPREPLY for the command line "WORD...", whose
# last word is the one being completed (give "" for an empty word).
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _routekaart
           printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$@" |
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

# The usual way to try it, verbatim.
reply=$(bash -c 'source <("$1" completion bash); COMP_WORDS=(routekaart che); COMP_CWORD=1; _routekaart; printf "%s\n" "${COMPREPLY[@]}"' _ "$binary")
[ "$reply" = check ] || fail "'routekaart che' completes to [$reply], expected [check]"

expect "codeclimate github html json junit markdown sarif text" routekaart check --format ""
expect "codeclimate github html json junit markdown sarif text" routekaart validate -f ""
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
expect "RK101 RK102 RK103 RK104 RK105 RK106 RK107" routekaart explain rk10
expect "check" routekaart --lang nl che
expect "examples/de-brug.yaml" routekaart check examples/de-
offers examples routekaart check exa
expect "" routekaart --rater ""
expect "bash fish zsh" routekaart completion ""
expect "--version" routekaart --vers
expect "" routekaart check --vers

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
[ "$(echo "$commands" | wc -w)" -ge 14 ] || fail "could not read the commands from --help: [$commands]"
for command in $commands; do
  offers "$command" routekaart ""
  for option in $("$binary" --lang en "$command" --help | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | sed 's/.*,//; s/^ *//'); do
    offers "$option" routekaart "$command" --
  done
  # Same in the zsh and fish files.
  grep -qE "'$command:" "$zsh_file" || fail "the zsh completion does not describe command $command"
  grep -qE "^ *$command\)" "$zsh_file" || fail "the zsh completion has no case for $command"
  grep -qE -- "-a $command " "$fish_file" || fail "the fish completion does not offer command $command"
done
for option in $(printf '%s\n' "$help" | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | sed 's/.*--//'); do
  [ "$option" = help ] && continue
  offers "--$option" routekaart -
done
for file in "$zsh_file" "$fish_file"; do
  for word in $slugs sarif junit github html practitioners managers midpoint never RK301; do
    grep -q -- "$word" "$file" || fail "the $(basename "$file") completion does not mention '$word'"
  done
done

# fish: the same completions through fish itself.
if command -v fish >/dev/null; then
  fish -n "$fish_file" || fail "fish -n on the fish completion"
  # fish_expect "EXPECTED" "COMMAND LINE": the sorted, space-joined candidates of fish.
  fish_expect() {
    local actual
    actual=$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$fish_file" "$2" |
      cut -f1 | sort | tr '\n' ' ' | sed 's/ $//')
    [ "$actual" = "$1" ] || fail "fish completing '$2': expected [$1], got [$actual]"
  }
  fish_expect "codeclimate github html json junit markdown sarif text" "routekaart check --format "
  fish_expect "json markdown text" "routekaart diff -f "
  fish_expect "json text" "routekaart config --format "
  fish_expect "en nl" "routekaart --lang "
  fish_expect "error info never warning" "routekaart check --fail-on "
  fish_expect "means midpoint" "routekaart ratings --crosshair "
  fish_expect "bash fish zsh" "routekaart completion "
  fish_expect "RK101 RK102 RK103 RK104 RK105 RK106 RK107" "routekaart explain RK10"
  fish_expect "niet-hoog-insteken" "routekaart explain niet"
  fish_expect "check" "routekaart che"
  fish_expect "--strict" "routekaart check --stri"
  fish_expect "" "routekaart list --stri"
else
  echo "note: fish is not installed; the fish completion is only checked for its words"
fi

# zsh: the same completions through zsh's completion system (tests/install/zsh_candidates.zsh).
if command -v zsh >/dev/null; then
  zsh -n "$zsh_file" || fail "zsh -n on the zsh completion"
  mkdir "$tmp/zsh-functions" && cp "$zsh_file" "$tmp/zsh-functions/_routekaart"
  # zsh_expect "EXPECTED" "COMMAND LINE": the sorted, space-joined candidates of zsh.
  zsh_expect() {
    local actual
    actual=$(timeout 30 zsh "$root/tests/install/zsh_candidates.zsh" "$tmp/zsh-functions" "$2" |
      sort | tr '\n' ' ' | sed 's/ $//')
    [ "$actual" = "$1" ] || fail "zsh completing '$2': expected [$1], got [$actual]"
  }
  zsh_expect "agenda check completion config diff explain import init list questionnaire rate ratings rules schema spec validate" "routekaart "
  zsh_expect "codeclimate github html json junit markdown sarif text" "routekaart check --format "
  zsh_expect "json markdown text" "routekaart diff --format="
  zsh_expect "json text" "routekaart config -f "
  zsh_expect "en nl" "routekaart --lang "
  zsh_expect "error info never warning" "routekaart check --fail-on "
  zsh_expect "bash fish zsh" "routekaart completion "
  zsh_expect "RK101 RK102 RK103 RK104 RK105 RK106 RK107" "routekaart explain RK10"
  zsh_expect "--strict" "routekaart check --stri"
  zsh_expect "de-brug.yaml" "routekaart check examples/de-"
else
  echo "note: zsh is not installed; the zsh completion is only checked for its words"
fi
bash -n "$bash_file" || fail "bash -n on the bash completion"

# Installed: each shell finds the completion by itself where `cmake --install` puts it, with
# nothing configured (no rc files, XDG_DATA_DIRS unset, bash through bash-completion's loader,
# zsh's own fpath, fish's own search path). The build is installed into a staging folder and, in
# a private mount namespace (unshare -m, as root; the system is not changed), mounted where the
# prefix puts it: /usr (the .deb's folders) and /usr/local (cmake's default prefix). The staged
# binary is on the PATH, as the installed one would be (fish loads a completion only for a
# command it finds).
build=$(dirname "$binary")
if [ "$(id -u)" -ne 0 ] || ! unshare -m true 2>/dev/null || [ ! -f "$build/cmake_install.cmake" ]; then
  echo "note: not root, no unshare or no build folder: the installed completions are not tried"
else
  home=$tmp/home
  mkdir -p "$home"
  # in_prefix PREFIX COMMAND...: COMMAND with the staged installation of PREFIX in place: all of
  # /usr/local, or under /usr each completion folder that the shells' packages made.
  in_prefix() {
    local prefix=$1 stage=$tmp/stage-${1//\//_} mounts=""
    shift
    if [ "$prefix" = /usr/local ]; then
      mounts="mount --bind '$stage/usr/local' /usr/local && "
    else
      for dir in bash-completion/completions zsh/vendor-completions zsh/site-functions \
        fish/vendor_completions.d; do
        if [ -d "$stage$prefix/share/$dir" ] && [ -d "$prefix/share/$dir" ]; then
          mounts+="mount --bind '$stage$prefix/share/$dir' '$prefix/share/$dir' && "
        fi
      done
    fi
    unshare -m bash -c "$mounts exec \"\$@\"" _ env -i HOME="$home" \
      PATH="$stage$prefix/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 TERM=dumb "$@"
  }
  for prefix in /usr /usr/local; do
    stage=$tmp/stage-${prefix//\//_}
    DESTDIR=$stage cmake --install "$build" --prefix "$prefix" >/dev/null 2>&1 ||
      { fail "cmake --install --prefix $prefix"; continue; }
    if [ -f /usr/share/bash-completion/bash_completion ]; then
      reply=$(in_prefix "$prefix" bash --norc --noprofile -c '
        source /usr/share/bash-completion/bash_completion
        _completion_loader routekaart
        COMP_WORDS=(routekaart che) COMP_CWORD=1 COMP_LINE="routekaart che" COMP_POINT=14
        _routekaart; printf "%s\n" "${COMPREPLY[@]}"' 2>&1)
      [ "$reply" = check ] || fail "bash-completion, prefix $prefix: 'routekaart che' gives [$reply]"
    else
      echo "note: bash-completion is not installed; its loader is not tried"
    fi
    if command -v zsh >/dev/null; then
      reply=$(in_prefix "$prefix" zsh "$root/tests/install/zsh_candidates.zsh" "$home" "routekaart che" 2>&1)
      [ "$reply" = check ] || fail "zsh, prefix $prefix: 'routekaart che' gives [$reply]"
    fi
    if command -v fish >/dev/null; then
      # fish 3.6 reads /usr/share/fish/vendor_completions.d, and the vendor_completions.d of
      # every folder in XDG_DATA_DIRS when that is set (desktop sessions set it to
      # /usr/local/share:/usr/share, the XDG default).
      xdg=()
      [ "$prefix" = /usr ] || xdg=(XDG_DATA_DIRS=/usr/local/share:/usr/share)
      reply=$(in_prefix "$prefix" "${xdg[@]}" fish -c 'complete -C "routekaart che"' 2>&1 | cut -f1)
      [ "$reply" = check ] || fail "fish, prefix $prefix ${xdg[*]}: 'routekaart che' gives [$reply]"
    fi
  done
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: the completions offer $(echo "$commands" | wc -w) commands, their options and values"
