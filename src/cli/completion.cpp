#include "cli/completion.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <utility>

#include "catalogue/rules.hpp"

namespace routekaart::cli {
namespace {

// What the scripts offer that comes from the catalogue and the rule table.
struct Facts {
  std::vector<std::string> numbers;  // "1" ... "14"
  std::vector<std::string> slugs;
  std::vector<std::string> rules;  // "RK001" ...
  std::string rule_prefix;         // "RK": explain's rule ids are offered in capitals
};

Facts facts(const catalogue::Catalogue& catalogue) {
  Facts f;
  for (const auto& s : catalogue.signposts) {
    f.numbers.push_back(std::to_string(s.number));
    f.slugs.push_back(s.slug);
  }
  for (const auto& r : catalogue::rules()) f.rules.emplace_back(rule_name(r.id));
  if (!f.rules.empty()) {
    const std::string& first = f.rules.front();
    const auto letters =
        std::find_if(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
    f.rule_prefix.assign(first.begin(), letters);
  }
  return f;
}

std::string words(const std::vector<std::string>& list) {
  return fmt::format("{}", fmt::join(list, " "));
}

std::string topics(const Facts& f) {
  return words(f.numbers) + " " + words(f.slugs) + " " + words(f.rules);
}

std::string joined_names(const OptionInfo& o, std::string_view separator) {
  return fmt::format("{}", fmt::join(o.names, separator));
}

// The options a command accepts: its own, then the program's that may follow the command.
std::vector<const OptionInfo*> command_options(const Interface& interface,
                                               const CommandInfo& command) {
  std::vector<const OptionInfo*> out;
  for (const auto& o : command.options)
    if (!o.argument) out.push_back(&o);
  for (const auto& o : interface.global)
    if (!o.before_command_only) out.push_back(&o);
  return out;
}

// ---- bash ------------------------------------------------------------------------------------

// Text inside bash double quotes.
std::string bash_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '$' || c == '`') out += '\\';
    out += c;
  }
  return out + '"';
}

// The bash statement that completes a value of this kind; "return 1" for none.
std::string bash_action(const OptionInfo& o, const Facts& f) {
  switch (o.value) {
    case Value::none:
      return "return 1";
    case Value::text:
      return "";
    case Value::choice:
      return "_routekaart_add_words " + bash_quoted(words(o.choices)) + " \"$cur\"";
    case Value::yaml_files:
      return "_routekaart_add_files yaml \"$cur\"";
    case Value::any_file:
      return "_routekaart_add_files any \"$cur\"";
    case Value::folder:
      return "_routekaart_add_files dirs \"$cur\"";
    case Value::signposts:
      return "_routekaart_add_words " + bash_quoted(words(f.numbers)) + " \"$cur\"";
    case Value::topic:
      return "_routekaart_add_topics \"$cur\"";
  }
  return "";
}

// One `case` arm: "    a | b) action ;;".
std::string bash_arm(const std::string& pattern, const std::string& action, int indent) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  return pad + pattern + ")" + (action.empty() ? "" : " " + action) + " ;;\n";
}

// Groups `key -> action` pairs by action, keeping the order in which each was first seen.
std::vector<std::pair<std::string, std::vector<std::string>>> by_action(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const auto& [key, action] : pairs) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const auto& g) { return g.first == action; });
    if (it == groups.end())
      groups.push_back({action, {key}});
    else if (std::find(it->second.begin(), it->second.end(), key) == it->second.end())
      it->second.push_back(key);
  }
  return groups;
}

std::string bash_option_values(const Interface& interface, const Facts& f) {
  // Per option (by its names), per command ("" before the command), the action.
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>> options;
  auto add = [&](const std::string& command, const OptionInfo& o) {
    const std::string key = joined_names(o, " | ");
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const auto& entry) { return entry.first == key; });
    if (it == options.end()) {
      options.push_back({key, {}});
      it = options.end() - 1;
    }
    it->second.push_back({command, bash_action(o, f)});
  };
  for (const auto& o : interface.global) add("", o);
  for (const auto& command : interface.commands)
    for (const auto& o : command.options)
      if (!o.argument) add(command.name, o);

  std::string out;
  for (const auto& [names, per_command] : options) {
    const auto groups = by_action(per_command);
    if (groups.size() == 1) {
      if (groups.front().first != "return 1") out += bash_arm(names, groups.front().first, 4);
      continue;
    }
    out += "    " + names + ")\n      case $command in\n";
    for (const auto& [action, commands] : groups) {
      std::vector<std::string> named;
      for (const auto& c : commands)
        if (!c.empty()) named.push_back(c);
      if (!named.empty()) out += bash_arm(fmt::format("{}", fmt::join(named, " | ")), action, 8);
    }
    out += "      esac\n      ;;\n";
  }
  return out;
}

std::string bash_script(const Interface& interface, const Facts& f) {
  std::ostringstream o;
  std::vector<std::string> commands, global, value_options;
  for (const auto& c : interface.commands) commands.push_back(c.name);
  for (const auto& g : interface.global) {
    for (const auto& n : g.names) global.push_back(n);
    if (g.value != Value::none) value_options.push_back(joined_names(g, " | "));
  }
  o << "# bash completion for routekaart                                  -*- shell-script -*-\n"
       "# Written by `routekaart completion bash` from the program's own tables; do not edit.\n"
       "# Installed as share/bash-completion/completions/routekaart; to try it in a shell:\n"
       "#   source <(routekaart completion bash)\n"
       "# Self-contained: it needs neither the bash-completion package nor the routekaart "
       "binary.\n\n"
    << "_routekaart_commands=" << bash_quoted(words(commands)) << '\n'
    << "_routekaart_global_options=" << bash_quoted(words(global)) << '\n'
    << "_routekaart_topics=" << bash_quoted(topics(f)) << "\n\n";

  o << "# The options of one command, those of the program that may follow it included.\n"
       "_routekaart_command_options() {\n  case $1 in\n";
  for (const auto& c : interface.commands) {
    std::vector<std::string> names;
    for (const OptionInfo* option : command_options(interface, c))
      for (const auto& n : option->names) names.push_back(n);
    o << bash_arm(c.name, "echo " + bash_quoted(words(names)), 4);
  }
  o << "  esac\n}\n\n";

  o << R"sh(# Adds the words of $1 that start with $2 to COMPREPLY.
_routekaart_add_words() {
  local word
  while IFS= read -r word; do
    [ -n "$word" ] && COMPREPLY+=("$word")
  done < <(compgen -W "$1" -- "$2")
}

# Adds files (and folders) to COMPREPLY; with "yaml", only *.yaml and *.yml files; with "dirs",
# only folders.
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

# Adds the topics of explain: signpost numbers and slugs, and rule ids (in any case; offered in
# capitals).
_routekaart_add_topics() {
  local cur=$1
)sh";
  std::string pattern;
  for (char c : f.rule_prefix) {
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    pattern += fmt::format("[{}{}]", lower, c);
  }
  if (!pattern.empty()) o << "  [[ $cur == " << pattern << "* ]] && cur=${cur^^}\n";
  o << R"sh(  _routekaart_add_words "$_routekaart_topics" "$cur"
}

# Completes the value of option $1 of command $2; returns 1 when $1 takes no value.
_routekaart_option_value() {
  local option=$1 command=$2 cur=$3
  case $option in
)sh" << bash_option_values(interface, f)
    << R"sh(    *) return 1 ;;
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
)sh";
  if (!value_options.empty())
    o << "      " << fmt::format("{}", fmt::join(value_options, " | ")) << ") ((i++)) ;;\n";
  o << R"sh(      -*) ;;
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
    _routekaart_add_words "$(_routekaart_command_options "$command")" "$cur"
    return 0
  fi

  # The command's arguments.
  case $command in
)sh";
  std::vector<std::pair<std::string, std::string>> arguments;
  for (const auto& c : interface.commands)
    for (const auto& a : c.options)
      if (a.argument) {
        arguments.push_back({c.name, bash_action(a, f)});
        break;
      }
  for (const auto& [action, names] : by_action(arguments))
    o << bash_arm(fmt::format("{}", fmt::join(names, " | ")), action, 4);
  o << R"sh(  esac
  return 0
}

complete -F _routekaart routekaart
)sh";
  return o.str();
}

// ---- zsh -------------------------------------------------------------------------------------

// Text in zsh single quotes.
std::string zsh_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// An option's description inside _arguments' [...].
std::string zsh_description(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ']' || c == '[') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_action(const OptionInfo& o, const Facts& f) {
  switch (o.value) {
    case Value::none:
    case Value::text:
      return " ";
    case Value::choice:
      return "(" + words(o.choices) + ")";
    case Value::yaml_files:
      return "_routekaart_yaml_files";
    case Value::any_file:
      return "_files";
    case Value::folder:
      return "_directories";
    case Value::signposts:
      return "_sequence compadd - " + words(f.numbers);
    case Value::topic:
      return "_routekaart_topics";
  }
  return " ";
}

// The name an option's value goes by in zsh's messages: its long name without dashes.
std::string value_name(const OptionInfo& o) {
  std::string name = o.names.back();
  name.erase(0, name.find_first_not_of('-'));
  return name;
}

// One _arguments spec of an option, quoted for the shell.
std::string zsh_option(const OptionInfo& o, const Facts& f, bool exclusive = false) {
  const bool takes_value = o.value != Value::none;
  std::string tail = "[" + zsh_description(o.help) + "]";
  if (takes_value) tail += ":" + value_name(o) + ":" + zsh_action(o, f);
  const std::string star = o.repeatable ? "*" : "";
  auto spelled = [&](const std::string& name) {
    if (!takes_value) return name;
    return name + (name.size() == 2 ? "+" : "=");
  };
  if (o.names.size() == 1)
    return zsh_quoted((exclusive ? "(- *)" : "") + star + spelled(o.names.front()) + tail);
  std::vector<std::string> spellings;
  for (const auto& n : o.names) spellings.push_back(spelled(n));
  const std::string excluded = exclusive ? "(- *)" : "(" + words(o.names) + ")";
  return zsh_quoted(o.repeatable ? "*" : excluded) + "{" +
         fmt::format("{}", fmt::join(spellings, ",")) + "}" + zsh_quoted(tail);
}

std::string zsh_script(const Interface& interface, const Facts& f) {
  std::ostringstream o;
  o << "#compdef routekaart\n"
       "# zsh completion for routekaart. Written by `routekaart completion zsh` from the "
       "program's own\n"
       "# tables; do not edit. Installed as share/zsh/site-functions/_routekaart (any folder on "
       "$fpath\n"
       "# works).\n\n"
       "_routekaart_topics() {\n"
       "  local -a numbers slugs rules\n"
    << "  numbers=(" << words(f.numbers) << ")\n"
    << "  slugs=(" << words(f.slugs) << ")\n"
    << "  rules=(" << words(f.rules) << ")\n"
    << R"sh(  _alternative \
    'numbers:signpost number:compadd -a numbers' \
    'slugs:signpost slug:compadd -a slugs' \
    'rules:rule id:compadd -a rules'
}

_routekaart_yaml_files() {
  _files -g '*.(yaml|yml)(-.)'
}

_routekaart() {
  local curcontext=$curcontext state line ret=1
  local -A opt_args
  local -a global_options
  global_options=(
)sh";
  for (const auto& g : interface.global)
    if (!g.before_command_only) o << "    " << zsh_option(g, f) << '\n';
  o << "  )\n\n  _arguments -C \\\n";
  for (const auto& g : interface.global)
    if (g.before_command_only) o << "    " << zsh_option(g, f, true) << " \\\n";
  o << R"sh(    $global_options \
    '1:command:->command' \
    '*::argument:->argument' && ret=0

  case $state in
    command)
      local -a commands
      commands=(
)sh";
  for (const auto& c : interface.commands)
    o << "        " << zsh_quoted(c.name + ":" + c.help) << '\n';
  o << R"sh(      )
      _describe -t commands 'routekaart command' commands && ret=0
      ;;
    argument)
      curcontext=${curcontext%:*:*}:routekaart-$line[1]:
      case $line[1] in
)sh";
  for (const auto& c : interface.commands) {
    o << "        " << c.name << ")\n          _arguments $global_options";
    int position = 1;
    for (const auto& a : c.options) {
      o << " \\\n            ";
      if (!a.argument) {
        const bool help = std::find(a.names.begin(), a.names.end(), "--help") != a.names.end();
        o << zsh_option(a, f, help);
      } else if (a.repeatable) {
        o << zsh_quoted("*:" + a.names.front() + ":" + zsh_action(a, f));
      } else {
        for (int i = 0; i < a.count; ++i, ++position)
          o << (i ? " " : "")
            << zsh_quoted(std::to_string(position) + ":" + a.names.front() + ":" +
                          zsh_action(a, f));
      }
    }
    o << " && ret=0\n          ;;\n";
  }
  o << R"sh(      esac
      ;;
  esac
  return ret
}

_routekaart "$@"
)sh";
  return o.str();
}

// ---- fish ------------------------------------------------------------------------------------

// Text in fish single quotes.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_value(const OptionInfo& o, const Facts& f) {
  switch (o.value) {
    case Value::none:
      return "";
    case Value::text:
      return " -x";
    case Value::choice:
      return " -x -a " + fish_quoted(words(o.choices));
    case Value::yaml_files:
    case Value::any_file:
      return o.argument ? " -F" : " -r -F";
    case Value::folder:
      return " -x -a '(__fish_complete_directories)'";
    case Value::signposts:
      return " -x -a " + fish_quoted(words(f.numbers));
    case Value::topic:
      return " -x -a " + fish_quoted(topics(f));
  }
  return "";
}

// An option's names and value as `complete` takes them: -s f -l format -x -a '...'.
std::string fish_option(const OptionInfo& o, const Facts& f) {
  std::string out;
  for (const auto& n : o.names) {
    if (n.size() == 2)
      out += " -s " + n.substr(1);
    else
      out += " -l " + n.substr(2);
  }
  return out + fish_value(o, f) + " -d " + fish_quoted(o.help);
}

std::string fish_script(const Interface& interface, const Facts& f) {
  std::ostringstream o;
  o << "# fish completion for routekaart. Written by `routekaart completion fish` from the "
       "program's own\n"
       "# tables; do not edit. Installed as "
       "share/fish/vendor_completions.d/routekaart.fish.\n\n"
       "complete -c routekaart -f\n\n"
       "# Options of the program, before or after the command.\n";
  for (const auto& g : interface.global)
    o << "complete -c routekaart" << (g.before_command_only ? " -n __fish_use_subcommand" : "")
      << fish_option(g, f) << '\n';
  o << "\n# Commands.\n";
  for (const auto& c : interface.commands)
    o << "complete -c routekaart -n __fish_use_subcommand -a " << c.name << " -d "
      << fish_quoted(c.help) << '\n';
  o << "\n# Options and arguments of each command; a line serves every command that shares it.\n";
  std::vector<std::pair<std::string, std::string>> lines;  // (command, what follows -n '...')
  for (const auto& c : interface.commands)
    for (const auto& a : c.options)
      lines.push_back({c.name, a.argument ? fish_value(a, f) : fish_option(a, f)});
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const auto& [command, spec] : lines) {
    auto it =
        std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == spec; });
    if (it == groups.end())
      groups.push_back({spec, {command}});
    else
      it->second.push_back(command);
  }
  for (const auto& [spec, commands] : groups)
    o << "complete -c routekaart -n '__fish_seen_subcommand_from " << words(commands) << "'" << spec
      << '\n';
  return o.str();
}

}  // namespace

std::vector<std::string> shell_choices() {
  std::vector<std::string> names;
  for (const auto& row : kShells) names.emplace_back(row.name);
  return names;
}

std::optional<Shell> parse_shell(std::string_view name) {
  for (const auto& row : kShells)
    if (row.name == name) return row.shell;
  return std::nullopt;
}

std::string completion_script(Shell shell, const Interface& interface,
                              const catalogue::Catalogue& catalogue) {
  const Facts f = facts(catalogue);
  switch (shell) {
    case Shell::bash:
      return bash_script(interface, f);
    case Shell::zsh:
      return zsh_script(interface, f);
    case Shell::fish:
      break;
  }
  return fish_script(interface, f);
}

}  // namespace routekaart::cli
