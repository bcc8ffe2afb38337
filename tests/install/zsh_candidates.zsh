#!/usr/bin/env zsh
# The candidates zsh's completion system offers for a command line, one per line: an interactive
# zsh in a pseudo-terminal (zsh/zpty) with only FOLDER's completion functions on $fpath, its
# compadd wrapped to print what it is given, Tab pressed at the end of the line.
#   tests/install/zsh_candidates.zsh FOLDER "routekaart check --format "
# Used by tests/install/completion.sh.
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
zpty -w z "PROMPT= ; RPROMPT= ; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local ret=$?
  (( $#__hits == 0 )) && return $ret
  print -l -- "CAND:"${^__hits} >/dev/tty
  builtin compadd "$@"
}'
# The markers are written in two pieces so that the echo of the typed line does not match.
zpty -w z "candidates_done() { print -- '==DO''NE==' >/dev/tty }; zle -N candidates_done"
zpty -w z "bindkey '^X' candidates_done; bindkey '^I' complete-word"
zpty -w z "print -- '==REA''DY=='"
while zpty -r z line; do [[ $line == '==READY=='* ]] && break; done
zpty -w -n z "$2"$'\t'$'\x18'
while zpty -r z line; do
  [[ $line == *'==DONE=='* ]] && break
  [[ $line == *CAND:* ]] && print -r -- ${${line#*CAND:}%%$'\r'*}
done
zpty -d z
