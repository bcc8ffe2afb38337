#include "render/spec.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <type_traits>

#include "check/pipeline.hpp"
#include "generated/texts/common.hpp"
#include "generated/texts/report.hpp"
#include "generated/texts/spec.hpp"
#include "render/escape.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using catalogue::Signpost;
using model::Goal;
using model::Intervention;
using model::InterventionInfo;
using model::LoadedIntervention;
using model::Method;
using model::MethodSection;
using model::Resources;
using model::SignpostEntry;

namespace {

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
    text.replace(at, from.size(), to), at += to.size();
  return text;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  return fmt::format("{}", fmt::join(parts, separator));
}

// Heading text from data: one line, escaped, without the trailing punctuation markdownlint
// rejects in headings (MD026).
std::string heading_text(std::string_view text) {
  std::string line = one_line(text);
  while (!line.empty() && std::string_view(".,;:!? ").find(line.back()) != std::string_view::npos)
    line.pop_back();
  return line.empty() ? "—" : markdown_inline(line);
}

// A table cell from data: escaped, a dash when empty.
std::string cell(std::string_view text) {
  return blank(text) ? "—" : markdown_inline(text);
}

std::string table(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = "| " + join(header, " | ") + " |\n|";
  for (std::size_t i = 0; i < header.size(); ++i) out += "---|";
  out += '\n';
  for (const auto& row : rows) out += "| " + join(row, " | ") + " |\n";
  return out;
}

// Markdown blocks separated by one blank line. Placeholders that follow each other share one
// block quote, separated by a ">" line, because a blank line inside a quote is ambiguous (MD028).
class Doc {
 public:
  explicit Doc(Lang lang) : lang_(lang) {}

  void heading(int level, const std::string& text) {
    block(std::string(static_cast<std::size_t>(level), '#') + ' ' + text);
  }
  void block(const std::string& text) {
    start(false);
    out_ += text;
    if (out_.back() != '\n') out_ += '\n';
  }
  void list(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += "- " + item + '\n';
    if (!text.empty()) block(text);
  }
  // `hint` is plain text, escaped here; `keys` are the places in the file to fill in (our own
  // identifiers, shown as code).
  void todo(std::string_view hint, const std::vector<std::string>& keys = {}) {
    start(true);
    std::string text = markdown_inline(hint);
    if (!keys.empty()) {
      std::vector<std::string> code;
      for (const auto& key : keys) code.push_back('`' + key + '`');
      // The values are Markdown already: code spans, and the escaped hint.
      text += ' ' + tr(lang_, texts::spec_todo_keys{.keys = join(code, ", ")});
    }
    out_ += "> " + tr(lang_, texts::spec_todo{.text = text}) + '\n';
    ++todos_;
  }
  SpecDocument finish() { return SpecDocument{out_, todos_}; }

 private:
  void start(bool todo) {
    if (!out_.empty()) out_ += todo && last_todo_ ? ">\n" : "\n";
    last_todo_ = todo;
  }
  Lang lang_;
  std::string out_;
  int todos_ = 0;
  bool last_todo_ = false;
};

// How the document names a status (common/status.hpp).
Message status_words(Status status) {
  return status_label(status);
}

// A method's mode (standard, flexible, or not said) in words; a word the format does not know
// (in a file with problems) as the file wrote it.
Message mode_words(std::string_view mode) {
  if (mode.empty()) return texts::spec_mode_none{};
  if (mode == "standard") return texts::spec_mode_standard{};
  if (mode == "flexible") return texts::spec_mode_flexible{};
  return texts::value{.value = mode};
}

// The intervention's setting in words; a word the format does not know (in a file with
// problems) as the file wrote it.
Message setting_words(std::string_view setting) {
  if (setting == "education") return texts::spec_setting_education{};
  if (setting == "care") return texts::spec_setting_care{};
  if (setting == "combined") return texts::spec_setting_combined{};
  return texts::value{.value = setting};
}

// How far the document answers a TIDieR item.
enum class TidierState { missing, partly, filled };

Message state_words(TidierState state) {
  switch (state) {
    case TidierState::missing:
      return texts::spec_state_missing{};
    case TidierState::partly:
      return texts::spec_state_partly{};
    case TidierState::filled:
      return texts::spec_state_filled{};
  }
  return texts::spec_state_missing{};
}

// The items of the TIDieR checklist (Hoffmann et al., 2014), in its order: the item's name,
// what to add when the document does not answer it, and the places in the file that do.
struct TidierItem {
  Message name;
  Message hint;
  std::vector<std::string> keys;
};

const TidierItem kTidierItems[] = {
    {texts::spec_tidier_item_brief_name{},
     texts::spec_tidier_hint_brief_name{},
     {"intervention.name"}},
    {texts::spec_tidier_item_why{},
     texts::spec_tidier_hint_why{},
     {"method.end_result", "method.goals"}},
    {texts::spec_tidier_item_materials{},
     texts::spec_tidier_hint_materials{},
     {"resources.facilities", "description"}},
    {texts::spec_tidier_item_procedures{},
     texts::spec_tidier_hint_procedures{},
     {"method.methods"}},
    {texts::spec_tidier_item_provider{}, texts::spec_tidier_hint_provider{}, {"team"}},
    {texts::spec_tidier_item_how{},
     texts::spec_tidier_hint_how{},
     {"intervention.setting", "intervention.group_size", "method.methods"}},
    {texts::spec_tidier_item_where{},
     texts::spec_tidier_hint_where{},
     {"intervention.setting", "intervention.organisation"}},
    {texts::spec_tidier_item_when{},
     texts::spec_tidier_hint_when{},
     {"method.phases", "intervention.duration_weeks"}},
    {texts::spec_tidier_item_tailoring{},
     texts::spec_tidier_hint_tailoring{},
     {"mode", "tailoring"}},
    {texts::spec_tidier_item_modifications{},
     texts::spec_tidier_hint_modifications{},
     {"next_steps"}},
    {texts::spec_tidier_item_planned{}, texts::spec_tidier_hint_planned{}, {"indicator"}},
    {texts::spec_tidier_item_actual{}, texts::spec_tidier_hint_actual{}, {"ratings"}},
};
static_assert(std::extent_v<decltype(kTidierItems)> == 12, "TIDieR has 12 items");

class SpecWriter {
 public:
  SpecWriter(const Intervention& in, const std::string& source, const Diagnostics& integrity,
             const Catalogue& catalogue, Lang lang)
      : in_(in), source_(source), integrity_(integrity), cat_(catalogue), l_(lang), doc_(lang) {}

  SpecDocument write() {
    title();
    summary();
    end_result();
    goals();
    methods();
    logic_model();
    flexibility();
    phases();
    team();
    resources();
    practice();
    tidier();
    return doc_.finish();
  }

 private:
  // A text in words. Its values must be Markdown already (escaped, or our own markup), or the
  // caller escapes the whole result.
  std::string t(const Message& text) const { return tr(l_, text); }
  // A text whose values are plain text from the file, as Markdown: the values escaped.
  std::string md(const Message& text) const { return tr(l_, text, markdown_inline); }
  void section(const Message& heading) { doc_.heading(2, t(heading)); }
  std::string link(const Message& heading) const {
    const std::string words = t(heading);
    return fmt::format("[{}](#{})", words, heading_anchor(words));
  }
  std::string signpost_heading(const Signpost& sp) const {
    return t(texts::spec_h_signpost{.number = sp.number, .title = one_line(sp.title.in(l_))});
  }
  std::string signpost_link(int number) const {
    const Signpost* sp = cat_.find(number);
    if (!sp) return std::to_string(number);
    std::string text = signpost_heading(*sp);
    return fmt::format("[{}](#{})", heading_text(text), heading_anchor(heading_text(text)));
  }
  std::string element_text(int number, std::string_view id) const {
    if (const Signpost* sp = cat_.find(number)) {
      for (const auto& e : sp->elements)
        if (e.id == id) return e.text.in(l_);
      return sp->hint.in(l_);
    }
    return std::string(id);
  }
  std::string hint(int number) const {
    const Signpost* sp = cat_.find(number);
    return sp ? sp->hint.in(l_) : std::string();
  }
  const SignpostEntry& entry(int number) const {
    return in_.signposts[static_cast<std::size_t>(number)];
  }
  bool not_applicable(int number) const {
    return entry(number).status == Status::not_applicable && !blank(entry(number).rationale);
  }
  std::string method_label(const Method& m) const { return one_line(m.id + ": " + m.name); }
  // The goal with this id (the first one when ids repeat), or nullptr.
  const Goal* goal(const std::string& id) const {
    for (const auto& g : in_.method.goals)
      if (g.id == id) return &g;
    return nullptr;
  }
  std::size_t goal_index(const Goal* g) const {
    return static_cast<std::size_t>(g - in_.method.goals.data());
  }

  void title();
  void summary();
  void end_result();
  void goals();
  void methods();
  void logic_model();
  void mermaid();
  void integrity();
  void flexibility();
  void phases();
  void team();
  void resources();
  void practice();
  void signpost(const Signpost& sp);
  void tidier();

  const Intervention& in_;
  const std::string& source_;
  const Diagnostics& integrity_;
  const Catalogue& cat_;
  Lang l_;
  Doc doc_;
};

void SpecWriter::title() {
  const InterventionInfo& info = in_.info;
  // A heading is escaped as a whole: heading_text also drops its trailing punctuation.
  doc_.heading(1, blank(info.name)
                      ? t(texts::spec_title_blank{})
                      : heading_text(t(texts::spec_title{.name = one_line(info.name)})));
  doc_.block(source_.empty() ? t(texts::spec_intro_blank{})
                             : md(texts::spec_intro{.source = source_}));
  doc_.block(t(texts::spec_intro_todo{}));
  doc_.block(t(texts::report_coverage_meaning{}));
}

void SpecWriter::summary() {
  const InterventionInfo& info = in_.info;
  section(texts::spec_h_summary{});
  if (blank(info.name)) doc_.todo(t(texts::spec_todo_name{}), {"intervention.name"});
  if (blank(info.summary))
    doc_.todo(t(texts::spec_todo_summary{}), {"intervention.summary"});
  else
    doc_.block(markdown_paragraphs(info.summary));
  // The fields of `intervention:` in the order of the list: a label and a value in words (not
  // yet escaped) when present, else what to fill in (nothing for the contact, which is
  // optional) and where.
  struct Field {
    Message label;
    bool present;
    std::string value;
    std::optional<Message> todo;
    const char* key;
  };
  const Field fields[] = {
      {texts::spec_f_organisation{}, !blank(info.organisation), info.organisation,
       texts::spec_todo_organisation{}, "intervention.organisation"},
      {texts::spec_f_setting{}, !info.setting.empty(), t(setting_words(info.setting)),
       texts::spec_todo_setting{}, "intervention.setting"},
      {texts::spec_f_tier{}, info.tier.has_value(), std::to_string(info.tier.value_or(0)),
       texts::spec_todo_tier{}, "intervention.tier"},
      {texts::spec_f_target_group{}, !blank(info.target_group), info.target_group,
       texts::spec_todo_target_group{}, "intervention.target_group"},
      {texts::spec_f_ages{}, info.ages.has_value(),
       info.ages ? t(texts::spec_ages{.oldest = info.ages->second, .youngest = info.ages->first})
                 : std::string(),
       texts::spec_todo_ages{}, "intervention.ages"},
      {texts::spec_f_school_types{}, !info.school_types.empty(), join(info.school_types, ", "),
       texts::spec_todo_school_types{}, "intervention.school_types"},
      {texts::spec_f_group_size{}, info.group_size.has_value(),
       t(texts::spec_group_size{.count = info.group_size.value_or(0)}),
       texts::spec_todo_group_size{}, "intervention.group_size"},
      {texts::spec_f_duration_weeks{}, info.duration_weeks.has_value(),
       t(texts::spec_weeks{.count = info.duration_weeks.value_or(0)}),
       texts::spec_todo_duration_weeks{}, "intervention.duration_weeks"},
      {texts::spec_f_contact{}, !blank(info.contact), info.contact, std::nullopt,
       "intervention.contact"},
  };
  std::vector<std::string> items;
  for (const auto& f : fields)
    if (f.present) items.push_back(fmt::format("**{}:** {}", t(f.label), markdown_inline(f.value)));
  doc_.list(items);
  for (const auto& f : fields)
    if (!f.present && f.todo) doc_.todo(t(*f.todo), {f.key});
}

void SpecWriter::end_result() {
  section(texts::spec_h_end_result{});
  if (blank(in_.method.end_result))
    doc_.todo(element_text(12, "12a"), {"method.end_result"});
  else
    doc_.block(markdown_paragraphs(in_.method.end_result));
}

void SpecWriter::goals() {
  section(texts::spec_h_goals{});
  if (in_.method.goals.empty()) return doc_.todo(element_text(12, "12b"), {"method.goals"});
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : in_.method.goals)
    rows.push_back({cell(g.id), cell(g.text), cell(g.indicator)});
  doc_.block(table(
      {t(texts::spec_col_id{}), t(texts::spec_col_goal{}), t(texts::spec_col_indicator{})}, rows));
  for (const auto& g : in_.method.goals)
    if (blank(g.indicator))
      doc_.todo(t(texts::spec_todo_indicator{.goal = one_line(g.id)}), {"indicator"});
}

void SpecWriter::methods() {
  section(texts::spec_h_methods{});
  if (in_.method.methods.empty()) return doc_.todo(element_text(12, "12b"), {"method.methods"});
  std::map<std::string, int> seen;
  for (const auto& m : in_.method.methods) {
    std::string heading = heading_text(method_label(m));
    if (int n = ++seen[heading]; n > 1) heading += fmt::format(" ({})", n);
    doc_.heading(3, heading);
    const std::string id = one_line(m.id);
    if (!blank(m.description)) doc_.block(markdown_paragraphs(m.description));
    std::vector<std::string> goal_ids, signposts;
    // Each item of these lists is escaped as a whole, the words of an unknown goal or signpost
    // included.
    for (const auto& g : m.goals)
      goal_ids.push_back(goal(g.value)
                             ? markdown_inline(g.value)
                             : markdown_inline(t(texts::spec_unknown_goal{.goal = g.value})));
    for (const auto& s : m.signposts) {
      const Signpost* sp = cat_.find(static_cast<int>(s.value));
      signposts.push_back(
          sp ? markdown_inline(fmt::format("{} ({})", s.value, sp->short_title.in(l_)))
             : markdown_inline(t(texts::spec_unknown_signpost{.signpost = s.value})));
    }
    const std::string none = t(texts::spec_none{});
    std::vector<std::string> items = {
        t(texts::spec_method_goals{.goals = goal_ids.empty() ? none : join(goal_ids, ", ")}),
        t(texts::spec_method_signposts{.signposts =
                                           signposts.empty() ? none : join(signposts, ", ")}),
        md(texts::spec_method_mode{.mode = mode_words(m.mode)})};
    if (!blank(m.tailoring))
      items.push_back(md(texts::spec_method_tailoring{.tailoring = m.tailoring}));
    doc_.list(items);
    // The placeholders' hints are plain text, escaped as a whole by todo().
    if (blank(m.description))
      doc_.todo(t(texts::spec_todo_description{.method = id}), {"description"});
    if (m.goals.empty()) doc_.todo(t(texts::spec_todo_method_goals{.method = id}), {"goals"});
    if (m.signposts.empty())
      doc_.todo(t(texts::spec_todo_method_signposts{.method = id}), {"signposts"});
    if (m.mode.empty()) doc_.todo(t(texts::spec_todo_mode{.method = id}), {"mode"});
    if (m.mode == "flexible" && blank(m.tailoring))
      doc_.todo(t(texts::spec_todo_tailoring{.method = id}), {"tailoring"});
  }
}

void SpecWriter::logic_model() {
  const MethodSection& ms = in_.method;
  section(texts::spec_h_logic{});
  doc_.block(t(texts::spec_logic_intro{}));
  if (ms.methods.empty() && ms.goals.empty()) {
    doc_.todo(element_text(12, "12c"), {"method.goals", "method.methods"});
  } else {
    const std::string result = blank(ms.end_result) ? "—" : link(texts::spec_h_end_result{});
    std::set<std::string> served;
    std::vector<std::vector<std::string>> rows;
    for (const auto& m : ms.methods) {
      std::vector<std::string> parts;
      for (const auto& ref : m.goals) {
        served.insert(ref.value);
        const Goal* g = goal(ref.value);
        parts.push_back(g ? markdown_inline(g->id + ": " + g->text)
                          : markdown_inline(t(texts::spec_unknown_goal{.goal = ref.value})));
      }
      rows.push_back({cell(method_label(m)), parts.empty() ? "—" : join(parts, "; "),
                      parts.empty() ? "—" : result});
    }
    for (const auto& g : ms.goals)
      if (!served.count(g.id))
        rows.push_back(
            {t(texts::spec_logic_no_method{}), markdown_inline(g.id + ": " + g.text), result});
    doc_.block(table(
        {t(texts::spec_col_method{}), t(texts::spec_col_goals{}), t(texts::spec_col_end_result{})},
        rows));
    mermaid();
  }
  if (!source_.empty()) integrity();
}

// Node ids are generated (m1, g1, er), never taken from the file; every label is quoted.
void SpecWriter::mermaid() {
  const MethodSection& ms = in_.method;
  std::string out = "```mermaid\nflowchart LR\n";
  std::string result = t(texts::spec_h_end_result{});
  if (!blank(ms.end_result)) result += ": " + ms.end_result;
  out += fmt::format("    er[\"{}\"]\n", escape_mermaid(result));
  for (std::size_t i = 0; i < ms.goals.size(); ++i)
    out += fmt::format("    g{}[\"{}\"]\n", i + 1,
                       escape_mermaid(ms.goals[i].id + ": " + ms.goals[i].text));
  for (std::size_t i = 0; i < ms.methods.size(); ++i)
    out += fmt::format("    m{}[\"{}\"]\n", i + 1, escape_mermaid(method_label(ms.methods[i])));
  for (std::size_t i = 0; i < ms.methods.size(); ++i) {
    std::set<std::size_t> targets;
    for (const auto& ref : ms.methods[i].goals)
      if (const Goal* g = goal(ref.value)) targets.insert(goal_index(g));
    for (std::size_t target : targets) out += fmt::format("    m{} --> g{}\n", i + 1, target + 1);
  }
  for (std::size_t i = 0; i < ms.goals.size(); ++i) out += fmt::format("    g{} --> er\n", i + 1);
  doc_.block(out + "```");
}

void SpecWriter::integrity() {
  doc_.heading(3, t(texts::spec_h_integrity{}));
  if (integrity_.empty()) return doc_.block(t(texts::spec_integrity_none{}));
  doc_.block(t(texts::spec_integrity_intro{}));
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : integrity_) {
    // The file escaped, the line and column ours.
    std::string place = cell(d.location.file);
    if (d.location.line > 0) place += fmt::format(":{}:{}", d.location.line, d.location.column);
    rows.push_back({place, std::string(rule_name(d.rule)), std::string(severity_name(d.severity)),
                    cell(tr(l_, d.message)), cell(hint_text(d, l_))});
  }
  doc_.block(
      table({t(texts::spec_col_place{}), t(texts::spec_col_rule{}), t(texts::spec_col_severity{}),
             t(texts::spec_col_problem{}), t(texts::spec_col_remedy{})},
            rows));
}

void SpecWriter::flexibility() {
  section(texts::spec_h_flex{});
  doc_.block(t(texts::spec_flex_intro{}));
  const auto& all = in_.method.methods;
  if (all.empty()) return doc_.todo(element_text(12, "12d"), {"mode", "tailoring"});
  std::vector<std::string> standard, flexible, undecided;
  for (const auto& m : all) {
    if (m.mode == "standard") standard.push_back(markdown_inline(method_label(m)));
    if (m.mode == "flexible")
      flexible.push_back(markdown_inline(method_label(m)) +
                         (blank(m.tailoring) ? ""
                                             : " — " + md(texts::spec_method_tailoring{
                                                           .tailoring = m.tailoring})));
    if (m.mode.empty()) undecided.push_back(markdown_inline(one_line(m.id)));
  }
  doc_.heading(3, t(texts::spec_h_standard{}));
  if (standard.empty())
    doc_.block(t(texts::spec_flex_no_standard{}));
  else
    doc_.list(standard);
  doc_.heading(3, t(texts::spec_h_flexible{}));
  if (flexible.empty())
    doc_.block(t(texts::spec_flex_no_flexible{}));
  else
    doc_.list(flexible);
  if (!undecided.empty()) {
    doc_.heading(3, t(texts::spec_h_undecided{}));
    doc_.block(t(texts::spec_flex_undecided{.methods = join(undecided, ", ")}));
  }
}

void SpecWriter::phases() {
  section(texts::spec_h_phases{});
  const auto& all = in_.method.phases;
  if (all.empty()) {
    doc_.todo(hint(7), {"method.phases"});
  } else {
    std::vector<std::vector<std::string>> rows;
    std::int64_t total = 0;
    bool complete = true;
    for (std::size_t i = 0; i < all.size(); ++i) {
      rows.push_back({std::to_string(i + 1), cell(all[i].name),
                      all[i].weeks > 0 ? std::to_string(all[i].weeks) : "—", cell(all[i].focus)});
      // A total that would not fit (weeks far beyond the format's maximum, which validation
      // reports) is left out rather than computed wrong.
      const std::int64_t weeks = all[i].weeks;
      complete = complete && weeks > 0 && weeks <= std::numeric_limits<std::int64_t>::max() - total;
      if (complete) total += weeks;
    }
    doc_.block(table(
        {"#", t(texts::spec_col_phase{}), t(texts::spec_col_weeks{}), t(texts::spec_col_focus{})},
        rows));
    if (complete)
      doc_.block(in_.info.duration_weeks
                     ? t(texts::spec_phases_total_duration{
                           .duration = texts::spec_weeks{.count = *in_.info.duration_weeks},
                           .total = texts::spec_weeks{.count = total}})
                     : t(texts::spec_phases_total{.weeks = texts::spec_weeks{.count = total}}));
  }
  doc_.block(t(texts::spec_see_also{.link = signpost_link(7)}));
}

void SpecWriter::team() {
  section(texts::spec_h_team{});
  if (in_.team.empty()) {
    if (not_applicable(13))
      return doc_.block(
          md(texts::spec_not_applicable{.rationale = entry(13).rationale, .signpost = 13}));
    return doc_.todo(hint(13), {"team"});
  }
  std::vector<std::vector<std::string>> rows;
  double hours = 0;
  bool any_hours = false;
  for (const auto& member : in_.team) {
    rows.push_back({cell(member.role),
                    member.hours_per_week ? fmt::format("{}", *member.hours_per_week) : "—",
                    cell(member.expertise)});
    hours += member.hours_per_week.value_or(0);
    any_hours = any_hours || member.hours_per_week.has_value();
  }
  doc_.block(
      table({t(texts::spec_col_role{}), t(texts::spec_col_hours{}), t(texts::spec_col_expertise{})},
            rows));
  // Whole hours as an integer, so that "1 hour" gets its singular.
  const bool whole = hours == std::floor(hours) && std::abs(hours) < 1e15;
  if (any_hours)
    doc_.block(t(texts::spec_team_total{.hours = whole ? Arg(static_cast<std::int64_t>(hours))
                                                       : Arg(hours)}));
}

void SpecWriter::resources() {
  section(texts::spec_h_resources{});
  const Resources& r = in_.resources;
  if (!in_.has_resources) {
    if (not_applicable(14))
      return doc_.block(
          md(texts::spec_not_applicable{.rationale = entry(14).rationale, .signpost = 14}));
    return doc_.todo(hint(14), {"resources"});
  }
  auto items = [](const std::vector<std::string>& texts) {
    std::vector<std::string> out;
    for (const auto& text : texts) out.push_back(markdown_inline(text));
    return out;
  };
  if (!r.funding.empty()) {
    doc_.block(t(texts::spec_res_funding{}));
    doc_.list(items(r.funding));
  }
  if (!r.facilities.empty()) {
    doc_.block(t(texts::spec_res_facilities{}));
    doc_.list(items(r.facilities));
  }
  if (!blank(r.time)) doc_.block(md(texts::spec_res_time{.time = r.time}));
  if (r.funding.empty()) doc_.todo(t(texts::spec_todo_funding{}), {"resources.funding"});
  if (r.facilities.empty()) doc_.todo(t(texts::spec_todo_facilities{}), {"resources.facilities"});
  if (blank(r.time)) doc_.todo(t(texts::spec_todo_time{}), {"resources.time"});
}

void SpecWriter::practice() {
  section(texts::spec_h_practice{});
  doc_.block(t(texts::spec_practice_intro{}));
  for (const auto& sp : cat_.signposts) signpost(sp);
}

void SpecWriter::signpost(const Signpost& sp) {
  const SignpostEntry& e = entry(sp.number);
  doc_.heading(3, heading_text(signpost_heading(sp)));
  const Message priority = e.essential ? Message(texts::spec_priority_essential{})
                                       : Message(texts::spec_priority_optional{});
  doc_.block(
      t(texts::spec_practice_status{.priority = priority, .status = status_words(e.status)}));
  if (e.status == Status::not_applicable && !blank(e.rationale))
    doc_.block(t(texts::spec_practice_rationale{}) + '\n' + markdown_paragraphs(e.rationale));
  if (!blank(e.practice)) doc_.block(markdown_paragraphs(e.practice));
  if (!e.elements.empty()) {
    std::vector<std::string> items;
    for (const auto& el : e.elements) {
      std::string text = t(status_words(el.status));
      if (!blank(el.practice)) text += ": " + el.practice;
      for (const auto& known : sp.elements)
        if (known.id == el.id) text = known.text.in(l_) + " — " + text;
      items.push_back(fmt::format("**{}** {}", markdown_inline(el.id), markdown_inline(text)));
    }
    doc_.block(t(texts::spec_practice_elements{}));
    doc_.list(items);
  }
  if (!e.next_steps.empty()) {
    std::vector<std::string> items;
    for (const auto& step : e.next_steps) items.push_back(markdown_inline(step));
    doc_.block(t(texts::spec_practice_next_steps{}));
    doc_.list(items);
  }
  if (!e.described || (e.status != Status::not_applicable && blank(e.practice)))
    doc_.todo(sp.hint.in(l_), {fmt::format("signposts.{}.practice", sp.number)});
  else if (e.status == Status::not_applicable && blank(e.rationale))
    doc_.todo(t(texts::spec_todo_rationale{.signpost = sp.number}),
              {fmt::format("signposts.{}.rationale", sp.number)});
}

void SpecWriter::tidier() {
  using enum TidierState;
  const InterventionInfo& info = in_.info;
  const MethodSection& ms = in_.method;
  auto state = [](bool all, bool any) { return all ? filled : any ? partly : missing; };
  bool descriptions = !ms.methods.empty(), any_description = false, modes = !ms.methods.empty(),
       any_mode = false, next_steps = false, indicators = false;
  for (const auto& m : ms.methods) {
    descriptions = descriptions && !blank(m.description);
    any_description = any_description || !blank(m.description);
    modes = modes && !m.mode.empty() && (m.mode != "flexible" || !blank(m.tailoring));
    any_mode = any_mode || !m.mode.empty();
  }
  for (const auto& e : in_.signposts) next_steps = next_steps || !e.next_steps.empty();
  for (const auto& g : ms.goals) indicators = indicators || !blank(g.indicator);
  bool expertise = !in_.team.empty();
  for (const auto& member : in_.team) expertise = expertise && !blank(member.expertise);
  const bool name = !blank(info.name), result = !blank(ms.end_result), goals = !ms.goals.empty(),
             methods = !ms.methods.empty(), setting = !info.setting.empty(),
             facilities = !in_.resources.facilities.empty(), phases = !ms.phases.empty(),
             duration = info.duration_weeks.has_value(), org = !blank(info.organisation);
  const std::string summary = link(texts::spec_h_summary{}),
                    method_link = link(texts::spec_h_methods{}),
                    resources = link(texts::spec_h_resources{}),
                    phase_link = link(texts::spec_h_phases{});
  // Where the document answers each item (Markdown), and how far, in the order of kTidierItems.
  const std::pair<std::string, TidierState> items[] = {
      {summary, state(name, false)},
      {join({link(texts::spec_h_end_result{}), link(texts::spec_h_goals{}),
             link(texts::spec_h_logic{})},
            ", "),
       state(result && goals, result || goals)},
      {resources + ", " + method_link, state(false, facilities || any_description)},
      {method_link + ", " + phase_link, state(descriptions, methods)},
      {link(texts::spec_h_team{}), state(expertise, !in_.team.empty())},
      {summary + ", " + method_link,
       state(setting && info.group_size && methods, setting || info.group_size || methods)},
      {summary + ", " + resources, state(setting && org, setting || org || facilities)},
      {phase_link + ", " + summary, state(phases && duration, phases || duration)},
      {link(texts::spec_h_flex{}), state(modes, any_mode)},
      {t(texts::spec_tidier_where_modifications{.link = link(texts::spec_h_practice{})}),
       state(false, next_steps)},
      {t(texts::spec_tidier_where_planned{.link = link(texts::spec_h_goals{})}),
       state(false, indicators)},
      {t(texts::spec_tidier_where_actual{}), state(false, !in_.ratings.empty())},
  };
  static_assert(std::extent_v<decltype(items)> == std::extent_v<decltype(kTidierItems)>);
  section(texts::spec_h_tidier{});
  doc_.block(t(texts::spec_tidier_intro{}));
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < std::size(items); ++i)
    rows.push_back({std::to_string(i + 1), t(kTidierItems[i].name), items[i].first,
                    t(state_words(items[i].second))});
  doc_.block(table(
      {"#", t(texts::spec_col_item{}), t(texts::spec_col_where{}), t(texts::spec_col_state{})},
      rows));
  for (std::size_t i = 0; i < std::size(items); ++i)
    if (items[i].second == missing)
      doc_.todo(t(texts::spec_tidier_todo{
                    .hint = kTidierItems[i].hint, .item = kTidierItems[i].name, .number = i + 1}),
                kTidierItems[i].keys);
}

}  // namespace

SpecDocument build_spec_document(const Intervention& intervention, const std::string& source,
                                 const Diagnostics& integrity, const Catalogue& catalogue,
                                 Lang lang) {
  return SpecWriter(intervention, source, integrity, catalogue, lang).write();
}

SpecDocument build_blank_spec_document(const Catalogue& catalogue, Lang lang) {
  static const Intervention empty;
  static const Diagnostics none;
  static const std::string no_source;
  return build_spec_document(empty, no_source, none, catalogue, lang);
}

std::string heading_anchor(std::string_view heading) {
  std::string out;
  for (std::size_t i = 0; i < heading.size(); ++i) {
    const auto c = static_cast<unsigned char>(heading[i]);
    const auto next = i + 1 < heading.size() ? static_cast<unsigned char>(heading[i + 1]) : 0;
    if (c == 0xE2 && (next == 0x80 || next == 0x81)) {
      i += 2;  // U+2000..U+206F, dashes and quotes: punctuation, dropped
    } else if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      out += heading[i];  // À..Þ: lower case is 0x20 further on
      out += static_cast<char>(next + 0x20);
      ++i;
    } else if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' ||
               c == '_') {
      out += heading[i];
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c == ' ') {
      out += '-';
    }
  }
  return out;
}

std::string markdown_inline(std::string_view text) {
  std::string out = escape_markdown(text);
  // GitHub turns bare addresses into links (and markdownlint MD034 rejects them).
  out = replace_all(std::move(out), "@", "\\@");
  out = replace_all(std::move(out), "://", ":\\/\\/");
  for (const char* www : {"www.", "WWW.", "Www."})
    out = replace_all(std::move(out), www, std::string(www, 3) + "\\.");
  // A number followed by a full stop at the start would begin an ordered list, and "=" could
  // turn the line above into a heading.
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size() && out[digits] == '.') out.insert(digits, "\\");
  if (!out.empty() && out.front() == '=') out.insert(0, "\\");
  return out;
}

std::string markdown_paragraphs(std::string_view text) {
  std::string out;
  bool pending_break = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = markdown_inline(text.substr(start, end - start));
    if (line.empty()) {
      pending_break = !out.empty();
    } else {
      if (!out.empty()) out += pending_break ? "\n\n" : "\n";
      out += line;
      pending_break = false;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace routekaart::render
