#include "check/report.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <initializer_list>
#include <map>

namespace routekaart::check {
namespace {

// FNV-1a, 64 bits, over the parts with a separator no UTF-8 text contains: stable across builds
// and systems, which std::hash is not.
std::string fnv_hash(std::initializer_list<std::string_view> parts) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto add = [&](unsigned char byte) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  };
  for (std::string_view part : parts) {
    for (char c : part) add(static_cast<unsigned char>(c));
    add(0xFF);
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace

void Tally::add(const FileReport& file) {
  ++summary_.files;
  if (!file.readable)
    ++summary_.unreadable;
  else if (file.valid)
    ++summary_.valid;
  else
    ++summary_.invalid;
  for (const auto& d : file.findings) {
    if (d.severity == Severity::error)
      ++summary_.errors;
    else if (d.severity == Severity::warning)
      ++summary_.warnings;
    else
      ++summary_.infos;
  }
  summary_.baselined += static_cast<int>(file.baselined.size());
  if (file.coverage.percent) {
    coverage_sum_ += *file.coverage.percent;
    ++with_coverage_;
  }
}

Summary Tally::summary() const {
  Summary s = summary_;
  if (with_coverage_ > 0) s.mean_coverage = coverage_sum_ / with_coverage_;
  return s;
}

void summarise(Report& report) {
  Tally tally;
  for (const auto& file : report.files) tally.add(file);
  report.summary = tally.summary();
}

std::string fingerprint(const Diagnostic& d) {
  return fnv_hash(
      {rule_name(d.rule), d.location.file, std::to_string(d.signpost), tr(Lang::en, d.message)});
}

std::vector<std::string> fingerprints(const Diagnostics& findings) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const auto& d : findings) {
    std::string hash = fingerprint(d);
    const int occurrence = ++seen[hash];
    out.push_back(occurrence == 1 ? hash : fnv_hash({hash, std::to_string(occurrence)}));
  }
  return out;
}

}  // namespace routekaart::check
