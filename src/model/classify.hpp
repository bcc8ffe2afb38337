#pragma once
// What a YAML file is, judged by its top-level keys, so that `check` and `validate` on a folder
// and `ratings --ratings FOLDER` read only the files that are theirs: a team folder also holds
// rating files, a project configuration, CI workflows, docker-compose files and the like.
#include <string_view>

#include "common/message.hpp"

namespace routekaart::model {

enum class FileKind {
  intervention,   // routekaart:, intervention: or signposts: at the top; also anything unclear
  rating,         // rater: or scores: at the top (a rating file of `rate` or `import`)
  configuration,  // only keys of the project configuration (.routekaart.yaml)
  other,          // other keys (jobs:, services:, stages:, ...), or a list at the top
};

/// The kind of the YAML text `text` (a byte-order mark allowed), from the keys that start a
/// line in its first column, case ignored. Reads lines only, so a file with a syntax error
/// further down is still recognised. A file that shows no top-level key at all (empty, only
/// comments, a flow map on one line) counts as an intervention, so that it is checked and its
/// problem reported rather than skipped.
FileKind classify_yaml(std::string_view text);

/// What the kind is called, for the note of a skipped file: "a rating file", ...
Message file_kind_text(FileKind kind);

}  // namespace routekaart::model
