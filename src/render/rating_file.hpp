#pragma once
// A rating as a rating file (YAML): what `rate` writes, and what model::load_rating_text reads.
#include <string>
#include <vector>

#include "model/intervention.hpp"

namespace routekaart::render {

/// The rating as a rating file (YAML), with `comment` lines on top.
std::string rating_yaml(const model::Rating& rating, const std::vector<std::string>& comment);

}  // namespace routekaart::render
