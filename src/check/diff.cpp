#include "check/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "common/strings.hpp"
#include "model/rating.hpp"

namespace routekaart::check {
using model::same_rater;

namespace {

std::optional<double> mean(const std::optional<Stats>& s) {
  return s ? std::optional<double>(s->mean) : std::nullopt;
}

// Whether a mean moved as a reader sees it: shown with two decimals, or appearing or vanishing.
bool moved(const std::optional<double>& from, const std::optional<double>& to) {
  if (from.has_value() != to.has_value()) return true;
  return from && std::lround(*from * 100) != std::lround(*to * 100);
}

// Coverage as a reader sees it: whole percents.
std::optional<long> whole(const std::optional<double>& percent) {
  return percent ? std::optional<long>(std::lround(*percent)) : std::nullopt;
}

// A finding as `diff` compares it: rule, signpost and message; the English words stand for the
// message whatever the report language, and the place is left out so moved lines do not count.
std::string key(const Diagnostic& d) {
  return fmt::format("{}\x1f{}\x1f{}", rule_name(d.rule), d.signpost, tr(Lang::en, d.message));
}

// The findings of `from` that `against` does not have, counting repeats.
Diagnostics missing_from(const Diagnostics& from, const Diagnostics& against) {
  std::map<std::string, int> count;
  for (const auto& d : against) ++count[key(d)];
  Diagnostics out;
  for (const auto& d : from)
    if (count[key(d)] > 0)
      --count[key(d)];
    else
      out.push_back(d);
  return out;
}

// Whether a side has the results and ratings of the signpost at `index` (0-based): always, for
// sides made by diff_side from a full check.
bool covers(const Side& side, std::size_t index) {
  return index < side.report.signposts.size() && index < side.ratings.signposts.size();
}

// What changed in the texts of one signpost. Texts are compared on one line, so that a text
// wrapped differently is no change.
TextChange text_change(const model::SignpostEntry& a, const model::SignpostEntry& b) {
  TextChange change;
  change.number = b.number;
  change.practice = one_line(a.practice) != one_line(b.practice);
  auto steps = [](const model::SignpostEntry& e) {
    std::vector<std::string> out;
    for (const auto& step : e.next_steps) out.push_back(one_line(step));
    return out;
  };
  change.next_steps = steps(a) != steps(b);
  auto same = [](const model::ElementEntry& x, const model::ElementEntry& y) {
    return x.status == y.status && one_line(x.practice) == one_line(y.practice) &&
           one_line(x.rationale) == one_line(y.rationale);
  };
  auto find = [](const model::SignpostEntry& e, const std::string& id) {
    return std::find_if(e.elements.begin(), e.elements.end(),
                        [&](const model::ElementEntry& x) { return x.id == id; });
  };
  for (const auto& element : b.elements) {
    const auto old = find(a, element.id);
    if (old == a.elements.end() || !same(*old, element)) change.elements.push_back(element.id);
  }
  for (const auto& element : a.elements)
    if (find(b, element.id) == b.elements.end()) change.elements.push_back(element.id);
  return change;
}

}  // namespace

bool Diff::empty() const {
  return status_changed.empty() && moves.empty() && texts.empty() && added.empty() &&
         removed.empty() && appeared.empty() && resolved.empty() &&
         whole(before.report.coverage.percent) == whole(after.report.coverage.percent);
}

Side diff_side(const Checked& checked) {
  Side side;
  side.report = checked.report;
  std::vector<model::Rating> ratings;
  if (checked.intervention) ratings = checked.intervention->ratings;
  side.ratings = summarise_ratings(ratings, false);
  for (const auto& r : ratings) side.raters.push_back(one_line(r.rater));
  if (checked.intervention)
    side.signposts.assign(checked.intervention->signposts.begin(),
                          checked.intervention->signposts.end());
  return side;
}

Diff compare(Side before, Side after) {
  Diff diff{std::move(before), std::move(after), {}, {}, {}, {}, {}, {}, {}, {}};
  const FileReport &a = diff.before.report, &b = diff.after.report;
  // Statuses and ratings only mean something when both versions could be read as a model.
  const bool both = a.parsed && b.parsed;
  for (int n = 1; both && n <= kSignpostCount; ++n) {
    const auto i = static_cast<std::size_t>(n - 1);
    if (!covers(diff.before, i) || !covers(diff.after, i)) break;
    const Status sa = a.signposts[i].status, sb = b.signposts[i].status;
    diff.statuses.emplace_back(sa, sb);
    if (sa != sb) diff.status_changed.push_back(n);
    const SignpostRatings &ra = diff.before.ratings.at(n), &rb = diff.after.ratings.at(n);
    RatingMove move{n, mean(ra.importance), mean(rb.importance), mean(ra.attention),
                    mean(rb.attention)};
    if (moved(move.old_importance, move.new_importance) ||
        moved(move.old_attention, move.new_attention))
      diff.moves.push_back(move);
    const auto k = static_cast<std::size_t>(n);
    if (k < diff.before.signposts.size() && k < diff.after.signposts.size()) {
      TextChange change = text_change(diff.before.signposts[k], diff.after.signposts[k]);
      change.number = n;
      if (change.practice || change.next_steps || !change.elements.empty())
        diff.texts.push_back(std::move(change));
    }
  }
  if (both) {
    for (const auto& r : diff.after.raters)
      if (std::none_of(diff.before.raters.begin(), diff.before.raters.end(),
                       [&](const std::string& o) { return same_rater(o, r); }))
        diff.added.push_back(r);
    for (const auto& r : diff.before.raters)
      if (std::none_of(diff.after.raters.begin(), diff.after.raters.end(),
                       [&](const std::string& o) { return same_rater(o, r); }))
        diff.removed.push_back(r);
  }
  diff.appeared = missing_from(b.findings, a.findings);
  diff.resolved = missing_from(a.findings, b.findings);
  return diff;
}

DiffResult diff_paths(const std::string& old_path, const std::string& new_path,
                      const catalogue::Catalogue& catalogue, const Settings& settings) {
  const Checked before = check_path(old_path, catalogue, settings);
  const Checked after = check_path(new_path, catalogue, settings);
  DiffResult out;
  for (const Checked* side : {&before, &after})
    if (!side->report.readable)
      out.unreadable.insert(out.unreadable.end(), side->report.findings.begin(),
                            side->report.findings.end());
  if (out.unreadable.empty()) out.diff = compare(diff_side(before), diff_side(after));
  return out;
}

}  // namespace routekaart::check
