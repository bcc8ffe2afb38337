#pragma once
// Small helpers shared by the unit tests.
#include <stdlib.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/pipeline.hpp"
#include "check/settings.hpp"
#include "common/diagnostic.hpp"
#include "common/message.hpp"
#include "model/rating.hpp"

/// Lists of texts print in full when an assertion fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& line : lines) out += (out.size() > 1 ? ",\n  \"" : "\n  \"") + line + "\"";
    out += "}";
    return out.c_str();
  }
};

namespace routekaart::testing {

/// One rater's scores, read from the file "f.yaml".
inline model::Rating rating(const std::string& rater, std::map<int, model::Score> scores) {
  model::Rating r;
  r.rater = rater;
  r.scores = std::move(scores);
  r.file = "f.yaml";
  return r;
}

/// The embedded catalogue, loaded once.
inline const catalogue::Catalogue& embedded_catalogue() {
  static const catalogue::Catalogue c = *catalogue::load_embedded_catalogue().catalogue;
  return c;
}

/// A message in English words, as the tests compare them.
inline std::string words(const Message& message) {
  return tr(Lang::en, message);
}

/// A diagnostic's hint in English words.
inline std::string hint_words(const Diagnostic& d) {
  return hint_text(d, Lang::en);
}

/// Settings as `check` uses them without a project configuration: every signpost selected.
inline check::Settings all_signposts(check::Mode mode = check::Mode::check) {
  return *check::resolve_settings({}, {}, embedded_catalogue(), mode).settings;
}

/// The report of `text` checked as the file "f.yaml" (every signpost selected by default).
inline check::FileReport check_text(const std::string& text,
                                    const check::Settings& settings = all_signposts()) {
  return check::check_source(io::Source{"f.yaml", text}, embedded_catalogue(), settings).report;
}

/// "RK101/2" for each finding: its rule and signpost, in order.
inline std::vector<std::string> rules_of(const Diagnostics& findings) {
  std::vector<std::string> out;
  for (const auto& d : findings)
    out.push_back(std::string(rule_name(d.rule)) + "/" + std::to_string(d.signpost));
  return out;
}

/// How often `part` occurs in `text`, overlapping occurrences included.
inline std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
  return n;
}

/// A fresh folder under /tmp, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "routekaart-unit-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The folder itself.
  const std::string& path() const { return path_; }
  /// `name` inside the folder.
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  /// Writes `text` to `name` (creating the folders on the way) and returns its path.
  std::string write(const std::string& name, const std::string& text) const {
    const std::string file = *this / name;
    std::filesystem::create_directories(std::filesystem::path(file).parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

 private:
  std::string path_;
};

/// The bytes of the file at `path` ("" when it cannot be read).
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Whether the tests run as root, who may read any file: permission tests cannot fail then.
inline bool running_as_root() {
  return ::geteuid() == 0;
}

}  // namespace routekaart::testing
