# bash completion for routekaart                                  -*- shell-script -*-
# Installed as share/bash-completion/completions/routekaart; for a one-off try:
#   source tools/completions/routekaart.bash
# Self-contained: it needs neither the bash-completion package nor the routekaart binary.
# Keep the lists below in step with src/app.cpp, signposts/ and rules/rules.yaml
# (tests/install/completion.sh checks that).

_routekaart_commands="list explain rules validate check init schema spec rate ratings agenda diff config"
_routekaart_global_options="--lang --catalogue --config -q --quiet -v --verbose --help --version"
_routekaart_slugs="integrale-aanpak integratief-beeld beschikbaarheid-en-contact
  bereidwilligheid-en-betrokkenheid veilige-omgeving niet-hoog-insteken ritme-en-structuur
  onderwijsmogelijkheden sociaal-contact beweging samenwerking-onderwijs-hulpverlening werkwijze
  toegewijd-team middelen"
_routekaart_rules="RK001 RK002 RK003 RK004 RK005 RK006 RK007 RK008 RK009 RK010 RK011 RK012
  RK013 RK014 RK015 RK020 RK021 RK022 RK101 RK102 RK103 RK104 RK105 RK201 RK202 RK203 RK204
  RK205 RK301"
_routekaart_report_formats="text markdown json"
_routekaart_check_formats="text markdown json sarif junit github html"

# The options of one command (without the global ones).
_routekaart_command_options() {
  case $1 in
    list | rules) echo "-f --format" ;;
    explain) echo "-f --format" ;;
    validate) echo "-f --format -o --output --force --max-file-size" ;;
    check)
      echo "-f --format -o --output --force --signposts --audience --fail-on --min-coverage" \
        "--strict --follow-symlinks --max-file-size"
      ;;
    init) echo "--name --force" ;;
    schema) echo "-o --output --force" ;;
    spec) echo "-o --output --force --blank --check" ;;
    rate) echo "--rater -o --output --force" ;;
    ratings) echo "--ratings --crosshair --plot -f --format -o --output --force" ;;
    agenda) echo "--ratings -o --output --force" ;;
    diff) echo "-f --format -o --output --force" ;;
    config) echo "-f --format" ;;
  esac
}

# Adds the words of $1 that start with $2 to COMPREPLY.
_routekaart_add_words() {
  local word
  while IFS= read -r word; do
    [ -n "$word" ] && COMPREPLY+=("$word")
  done < <(compgen -W "$1" -- "$2")
}

# Adds files (and folders) to COMPREPLY; with "yaml", only *.yaml and *.yml files.
_routekaart_add_files() {
  local kind=$1 cur=$2 path
  compopt -o filenames 2>/dev/null
  if [ "$kind" = yaml ]; then
    while IFS= read -r path; do COMPREPLY+=("$path"); done < <(
      compgen -d -- "$cur"
      compgen -f -X '!*.yaml' -- "$cur"
      compgen -f -X '!*.yml' -- "$cur"
    )
  elif [ "$kind" = dirs ]; then
    while IFS= read -r path; do COMPREPLY+=("$path"); done < <(compgen -d -- "$cur")
  else
    while IFS= read -r path; do COMPREPLY+=("$path"); done < <(compgen -f -- "$cur")
  fi
}

# Completes the value of option $1 of command $2; returns 1 when $1 takes no value.
_routekaart_option_value() {
  local option=$1 command=$2 cur=$3
  case $option in
    -f | --format)
      case $command in
        check | validate) _routekaart_add_words "$_routekaart_check_formats" "$cur" ;;
        config) _routekaart_add_words "text json" "$cur" ;;
        *) _routekaart_add_words "$_routekaart_report_formats" "$cur" ;;
      esac
      ;;
    --lang) _routekaart_add_words "nl en" "$cur" ;;
    --fail-on) _routekaart_add_words "error warning info never" "$cur" ;;
    --audience) _routekaart_add_words "practitioners managers" "$cur" ;;
    --crosshair) _routekaart_add_words "means midpoint" "$cur" ;;
    --signposts) _routekaart_add_words "$(echo {1..14})" "$cur" ;;
    --catalogue) _routekaart_add_files dirs "$cur" ;;
    --config) _routekaart_add_files yaml "$cur" ;;
    --ratings) _routekaart_add_files yaml "$cur" ;;
    -o | --output | --plot) _routekaart_add_files any "$cur" ;;
    --rater | --name | --min-coverage | --max-file-size) ;; # free text or a number
    *) return 1 ;;
  esac
  return 0
}

_routekaart() {
  COMPREPLY=()
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" command="" i word
  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # "--format=sa" arrives as "--format" "=" "sa" when = is in COMP_WORDBREAKS.
  if [ "$cur" = "=" ]; then
    cur=""
  elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -gt 1 ]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  # The command is the first word that is neither an option nor an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      --lang | --catalogue | --config) ((i++)) ;;
      -*) ;;
      *)
        command=$word
        break
        ;;
    esac
  done

  if _routekaart_option_value "$prev" "$command" "$cur"; then
    return 0
  fi

  if [ -z "$command" ]; then
    if [[ $cur == -* ]]; then
      _routekaart_add_words "$_routekaart_global_options" "$cur"
    else
      _routekaart_add_words "$_routekaart_commands" "$cur"
    fi
    return 0
  fi

  if [[ $cur == -* ]]; then
    _routekaart_add_words "$(_routekaart_command_options "$command") --lang --catalogue --config --quiet --verbose --help" "$cur"
    return 0
  fi

  case $command in
    explain)
      # Rule ids are accepted in any case; offer them in capitals.
      [[ $cur == [rR][kK]* ]] && cur=${cur^^}
      _routekaart_add_words "$(echo {1..14}) $_routekaart_slugs $_routekaart_rules" "$cur"
      ;;
    check) _routekaart_add_files yaml "$cur" ;;
    validate | spec | rate | ratings | agenda | diff) _routekaart_add_files yaml "$cur" ;;
    init) _routekaart_add_files any "$cur" ;;
  esac
  return 0
}

complete -F _routekaart routekaart
