#pragma once
// What the command line accepts, as data: its commands, their options and arguments, and the
// kind of value each one takes. app.cpp fills it while it sets up CLI11, from the same calls;
// the completion scripts (cli/completion.hpp) are written from it.
#include <string>
#include <vector>

namespace routekaart::cli {

/// What an option's value or an argument is.
enum class Value {
  none,        // a flag: no value
  text,        // free text or a number: nothing to offer
  choice,      // one of OptionInfo::choices
  yaml_files,  // intervention, rating or configuration files (*.yaml, *.yml) and folders
  any_file,    // any file name
  folder,      // a folder
  signposts,   // signpost numbers (--signposts 1,2,5-7)
  topic,       // a signpost number or slug, or a rule id (explain)
};

struct OptionInfo {
  std::vector<std::string> names;  // "-f", "--format"; an argument: its name ("paths")
  std::string help;                // its line in --help
  Value value = Value::none;
  std::vector<std::string> choices;  // Value::choice
  bool argument = false;             // an argument (no dash) rather than an option
  bool repeatable = false;           // an option that may be given again, an argument that takes
                                     // any number of values
  int count = 1;                     // an argument that is not repeatable: how many values
  bool before_command_only = false;  // --version, and the program's own -h/--help
};

struct CommandInfo {
  std::string name;
  std::string help;
  std::vector<OptionInfo> options;  // in --help order, -h/--help first
};

struct Interface {
  std::vector<OptionInfo> global;  // before or after the command; -h/--help and --version first
  std::vector<CommandInfo> commands;
};

}  // namespace routekaart::cli
