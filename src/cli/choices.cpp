#include "cli/choices.hpp"

#include <algorithm>
#include <cctype>

#include "check/settings.hpp"
#include "common/audience.hpp"
#include "common/diagnostic.hpp"
#include "common/lang.hpp"

namespace routekaart::cli {
namespace {

// Every language, in the order --help names them.
constexpr std::array<Lang, 2> kLanguages{Lang::nl, Lang::en};
static_assert(kLanguages.size() == static_cast<std::size_t>(Lang::en) + 1);

}  // namespace

std::vector<std::string> format_choices(render::Output output) {
  std::vector<std::string> names;
  for (std::string_view name : render::format_names(output)) names.emplace_back(name);
  return names;
}

std::vector<std::string> fail_on_choices() {
  std::vector<std::string> words;
  for (auto row = kSeverities.rbegin(); row != kSeverities.rend(); ++row)
    words.emplace_back(row->name);
  words.emplace_back(check::kFailOnNever);
  return words;
}

std::vector<std::string> audience_choices() {
  std::vector<std::string> words;
  for (const auto& row : kAudiences) words.emplace_back(row.name);
  return words;
}

std::vector<std::string> crosshair_choices() {
  std::vector<std::string> words;
  for (const auto& row : kCrosshairs) words.emplace_back(row.name);
  return words;
}

std::vector<std::string> questionnaire_format_choices() {
  std::vector<std::string> words;
  for (const auto& row : render::kQuestionnaireFormats) words.emplace_back(row.name);
  return words;
}

std::vector<std::string> color_choices() {
  std::vector<std::string> words;
  for (const auto& row : kColorChoices) words.emplace_back(row.name);
  return words;
}

bool use_color(std::string_view choice, bool terminal, const char* (*env)(const char*)) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  auto set = [&](const char* name) {
    const char* value = env(name);
    return value && *value;
  };
  auto forced = [&](const char* name) {
    const char* value = env(name);
    return set(name) && std::string_view(value) != "0" && std::string_view(value) != "false";
  };
  if (forced("FORCE_COLOR") || forced("CLICOLOR_FORCE")) return true;
  if (set("NO_COLOR")) return false;
  if (const char* term = env("TERM"); term && std::string_view(term) == "dumb") return false;
  return terminal;
}

std::vector<std::string> language_choices() {
  std::vector<std::string> codes;
  for (Lang lang : kLanguages) codes.emplace_back(lang_code(lang));
  return codes;
}

std::vector<std::string> language_words() {
  std::vector<std::string> words = language_choices();
  for (std::string code : language_choices()) {
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    words.push_back(code);
  }
  return words;
}

}  // namespace routekaart::cli
