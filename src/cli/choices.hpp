#pragma once
// The values of the options that take one of a few words, each derived from the table that
// defines them, so that --help, the checks and the completion scripts cannot fall behind.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/format.hpp"
#include "render/questionnaire.hpp"

namespace routekaart::cli {

/// Where `ratings --crosshair` splits the quadrants.
enum class Crosshair { means, midpoint };

struct CrosshairInfo {
  Crosshair crosshair;
  std::string_view name;  // as --crosshair takes it
};

inline constexpr std::array<CrosshairInfo, 2> kCrosshairs{{
    {Crosshair::means, "means"},
    {Crosshair::midpoint, "midpoint"},
}};
static_assert(kCrosshairs.size() == static_cast<std::size_t>(Crosshair::midpoint) + 1);
static_assert(kCrosshairs[0].crosshair == Crosshair::means &&
              kCrosshairs[1].crosshair == Crosshair::midpoint);

/// --color: whether text output is coloured.
enum class ColorChoice { automatic, always, never };

struct ColorInfo {
  ColorChoice choice;
  std::string_view name;  // as --color takes it
};

inline constexpr std::array<ColorInfo, 3> kColorChoices{{
    {ColorChoice::automatic, "auto"},
    {ColorChoice::always, "always"},
    {ColorChoice::never, "never"},
}};
static_assert(kColorChoices.size() == static_cast<std::size_t>(ColorChoice::never) + 1);

/// --color: kColorChoices.
std::vector<std::string> color_choices();

/// Whether text output is coloured, the first rule that applies deciding: `--color always` or
/// `never`; FORCE_COLOR or CLICOLOR_FORCE set, not empty and not "0" or "false": coloured;
/// NO_COLOR set and not empty: plain; TERM=dumb: plain; otherwise coloured when standard
/// output is a terminal. `env` reads an environment variable (nullptr when unset).
bool use_color(std::string_view choice, bool terminal, const char* (*env)(const char*));

/// --format of `output`: the formats render/format.hpp gives it, in table order.
std::vector<std::string> format_choices(render::Output output);
/// --fail-on: the severities (common/diagnostic.hpp), most severe first, then "never".
std::vector<std::string> fail_on_choices();
/// --audience: the audiences of common/audience.hpp.
std::vector<std::string> audience_choices();
/// --crosshair: kCrosshairs.
std::vector<std::string> crosshair_choices();
/// --format of `questionnaire`: render::kQuestionnaireFormats.
std::vector<std::string> questionnaire_format_choices();
/// --lang: the language codes, "nl" and "en".
std::vector<std::string> language_choices();
/// What --lang accepts: the codes, and the same in capitals.
std::vector<std::string> language_words();

}  // namespace routekaart::cli
