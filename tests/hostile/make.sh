#!/usr/bin/env bash
# Writes one of the hostile inputs that are too large (or too odd) to commit, for the golden cases
# tests/golden/hostile-*:   tests/hostile/make.sh KIND OUT
#   file-50mb       50 MiB of 'a' (over the 1 MiB limit; refused from its size, unread)
#   line-1mb        a valid file plus a comment line of 1 MiB: just over the limit
#   line-100k       a valid file whose summary is one line of 100 KiB: fine
#   many-values     a flow list of 300,000 values: over the 250,000 node limit, no aliases
#   text-alias-bomb one 300 KB text aliased 150,000 times (45 GB once expanded) in a 900 KB file
#   signposts-10000 10,000 signpost entries, keys 1..14 repeated: 9,986 duplicate keys
#   unknown-keys    20,000 unknown keys under intervention:, each a near miss of a real key
#   key-100k        an unknown key of 100 KiB (the did-you-mean distance must stay cheap)
#   nested-anchors  60 anchors nested inside each other around a list of 220,000 values (440 KB,
#                   no alias at all): the copies kept for aliases took 1.8 GB and 26 s
set -eu
kind=$1
out=$2
head_ok() { printf 'routekaart: 1\nintervention:\n  name: X\n'; }
repeat() { head -c "$2" /dev/zero | tr '\0' "$1"; }
case $kind in
  file-50mb) repeat a $((50 * 1024 * 1024)) >"$out" ;;
  line-1mb) { head_ok; printf 'signposts: {}\n# '; repeat x $((1024 * 1024)); echo; } >"$out" ;;
  line-100k) { head_ok; printf '  summary: '; repeat x $((100 * 1024)); printf '\nsignposts: {}\n'; } >"$out" ;;
  many-values)
    { head_ok; printf 'signposts: {}\nsuppress: [1'; repeat , 299999 | sed 's/,/,1/g'; echo ']'; } >"$out" ;;
  text-alias-bomb)
    {
      printf 'routekaart: 1\nintervention:\n  name: &a '; repeat x 300000
      printf '\n  summary: [*a'; repeat , 149999 | sed 's/,/, *a/g'; printf ']\nsignposts: {}\n'
    } >"$out" ;;
  signposts-10000)
    { head_ok; echo 'signposts:'; seq 0 9999 | awk '{ printf "  %d: {status: addressed, practice: x}\n", $1 % 14 + 1 }'; } >"$out" ;;
  unknown-keys)
    { head_ok; seq 1 20000 | awk '{ printf "  nam%d: x\n", $1 }'; echo 'signposts: {}'; } >"$out" ;;
  key-100k) { head_ok; printf '  '; repeat k $((100 * 1024)); printf ': x\nsignposts: {}\n'; } >"$out" ;;
  nested-anchors)
    {
      head_ok; printf 'signposts: {}\nsuppress: '
      for level in $(seq 59 -1 0); do printf '&a%d [' "$level"; done
      printf '[x'; repeat , 219999 | sed 's/,/,x/g'; printf ']'; repeat ']' 60; echo
    } >"$out" ;;
  *) echo "make.sh: unknown kind $kind" >&2; exit 2 ;;
esac
