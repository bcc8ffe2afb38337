#include "render/spec.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "check/pipeline.hpp"
#include "common/messages.hpp"
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
      text += ' ' + msg(lang_, "spec.todo.keys", join(code, ", "));
    }
    out_ += "> " + msg(lang_, "spec.todo", text) + '\n';
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
  std::string t(std::string_view id) const { return msg(l_, id); }
  void section(std::string_view id) { doc_.heading(2, t(id)); }
  std::string link(std::string_view id) const {
    return fmt::format("[{}](#{})", t(id), heading_anchor(t(id)));
  }
  std::string signpost_heading(const Signpost& sp) const {
    return msg(l_, "spec.h.signpost", sp.number, one_line(sp.title.in(l_)));
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
  doc_.heading(1, blank(info.name) ? t("spec.title.blank")
                                   : heading_text(msg(l_, "spec.title", one_line(info.name))));
  doc_.block(source_.empty() ? t("spec.intro.blank")
                             : msg(l_, "spec.intro", markdown_inline(source_)));
  doc_.block(t("spec.intro.todo"));
}

void SpecWriter::summary() {
  const InterventionInfo& info = in_.info;
  section("spec.h.summary");
  if (blank(info.name)) doc_.todo(t("spec.todo.name"), {"intervention.name"});
  if (blank(info.summary))
    doc_.todo(t("spec.todo.summary"), {"intervention.summary"});
  else
    doc_.block(markdown_paragraphs(info.summary));
  std::vector<std::string> items;
  std::vector<std::pair<std::string, std::string>> missing;  // hint, key
  auto field = [&](std::string_view key, bool present, const std::string& value) {
    if (present)
      items.push_back(
          fmt::format("**{}:** {}", t(fmt::format("spec.f.{}", key)), markdown_inline(value)));
    else if (key != "contact")
      missing.emplace_back(t(fmt::format("spec.todo.{}", key)),
                           fmt::format("intervention.{}", key));
  };
  field("organisation", !blank(info.organisation), info.organisation);
  // The setting is the file's text: only a known word has a message (and an unknown id would be
  // taken as a format string).
  const std::string setting_id = "spec.setting." + info.setting;
  field("setting", !info.setting.empty(),
        message_template(l_, setting_id) == setting_id ? info.setting : msg(l_, setting_id));
  field("tier", info.tier.has_value(), std::to_string(info.tier.value_or(0)));
  field("target_group", !blank(info.target_group), info.target_group);
  field("ages", info.ages.has_value(),
        info.ages ? msg(l_, "spec.ages", info.ages->first, info.ages->second) : "");
  field("school_types", !info.school_types.empty(), join(info.school_types, ", "));
  field("group_size", info.group_size.has_value(),
        msg(l_, "spec.group_size", info.group_size.value_or(0)));
  field("duration_weeks", info.duration_weeks.has_value(),
        msg(l_, "spec.weeks", info.duration_weeks.value_or(0)));
  field("contact", !blank(info.contact), info.contact);
  doc_.list(items);
  for (const auto& [todo, key] : missing) doc_.todo(todo, {key});
}

void SpecWriter::end_result() {
  section("spec.h.end_result");
  if (blank(in_.method.end_result))
    doc_.todo(element_text(12, "12a"), {"method.end_result"});
  else
    doc_.block(markdown_paragraphs(in_.method.end_result));
}

void SpecWriter::goals() {
  section("spec.h.goals");
  if (in_.method.goals.empty()) return doc_.todo(element_text(12, "12b"), {"method.goals"});
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : in_.method.goals)
    rows.push_back({cell(g.id), cell(g.text), cell(g.indicator)});
  doc_.block(table({t("spec.col.id"), t("spec.col.goal"), t("spec.col.indicator")}, rows));
  for (const auto& g : in_.method.goals)
    if (blank(g.indicator))
      doc_.todo(msg(l_, "spec.todo.indicator", one_line(g.id)), {"indicator"});
}

void SpecWriter::methods() {
  section("spec.h.methods");
  if (in_.method.methods.empty()) return doc_.todo(element_text(12, "12b"), {"method.methods"});
  std::map<std::string, int> seen;
  for (const auto& m : in_.method.methods) {
    std::string heading = heading_text(method_label(m));
    if (int n = ++seen[heading]; n > 1) heading += fmt::format(" ({})", n);
    doc_.heading(3, heading);
    const std::string id = one_line(m.id);
    if (!blank(m.description)) doc_.block(markdown_paragraphs(m.description));
    std::vector<std::string> goal_ids, signposts;
    for (const auto& g : m.goals)
      goal_ids.push_back(goal(g.value) ? markdown_inline(g.value)
                                       : markdown_inline(msg(l_, "spec.unknown_goal", g.value)));
    for (const auto& s : m.signposts) {
      const Signpost* sp = cat_.find(static_cast<int>(s.value));
      signposts.push_back(
          sp ? markdown_inline(fmt::format("{} ({})", s.value, sp->short_title.in(l_)))
             : markdown_inline(msg(l_, "spec.unknown_signpost", s.value)));
    }
    const std::string none = t("spec.none");
    std::vector<std::string> items = {
        msg(l_, "spec.method.goals", goal_ids.empty() ? none : join(goal_ids, ", ")),
        msg(l_, "spec.method.signposts", signposts.empty() ? none : join(signposts, ", ")),
        msg(l_, "spec.method.mode", t(m.mode.empty() ? "spec.mode.none" : "spec.mode." + m.mode))};
    if (!blank(m.tailoring))
      items.push_back(msg(l_, "spec.method.tailoring", markdown_inline(m.tailoring)));
    doc_.list(items);
    if (blank(m.description)) doc_.todo(msg(l_, "spec.todo.description", id), {"description"});
    if (m.goals.empty()) doc_.todo(msg(l_, "spec.todo.method_goals", id), {"goals"});
    if (m.signposts.empty()) doc_.todo(msg(l_, "spec.todo.method_signposts", id), {"signposts"});
    if (m.mode.empty()) doc_.todo(msg(l_, "spec.todo.mode", id), {"mode"});
    if (m.mode == "flexible" && blank(m.tailoring))
      doc_.todo(msg(l_, "spec.todo.tailoring", id), {"tailoring"});
  }
}

void SpecWriter::logic_model() {
  const MethodSection& ms = in_.method;
  section("spec.h.logic");
  doc_.block(t("spec.logic.intro"));
  if (ms.methods.empty() && ms.goals.empty()) {
    doc_.todo(element_text(12, "12c"), {"method.goals", "method.methods"});
  } else {
    const std::string result = blank(ms.end_result) ? "—" : link("spec.h.end_result");
    std::set<std::string> served;
    std::vector<std::vector<std::string>> rows;
    for (const auto& m : ms.methods) {
      std::vector<std::string> parts;
      for (const auto& ref : m.goals) {
        served.insert(ref.value);
        const Goal* g = goal(ref.value);
        parts.push_back(g ? markdown_inline(g->id + ": " + g->text)
                          : markdown_inline(msg(l_, "spec.unknown_goal", ref.value)));
      }
      rows.push_back({cell(method_label(m)), parts.empty() ? "—" : join(parts, "; "),
                      parts.empty() ? "—" : result});
    }
    for (const auto& g : ms.goals)
      if (!served.count(g.id))
        rows.push_back({t("spec.logic.no_method"), markdown_inline(g.id + ": " + g.text), result});
    doc_.block(table({t("spec.col.method"), t("spec.col.goals"), t("spec.col.end_result")}, rows));
    mermaid();
  }
  if (!source_.empty()) integrity();
}

// Node ids are generated (m1, g1, er), never taken from the file; every label is quoted.
void SpecWriter::mermaid() {
  const MethodSection& ms = in_.method;
  std::string out = "```mermaid\nflowchart LR\n";
  std::string result = t("spec.h.end_result");
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
  doc_.heading(3, t("spec.h.integrity"));
  if (integrity_.empty()) return doc_.block(t("spec.integrity.none"));
  doc_.block(t("spec.integrity.intro"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : integrity_) {
    const std::string place = d.location.line > 0 ? fmt::format("{}:{}:{}", d.location.file,
                                                                d.location.line, d.location.column)
                                                  : d.location.file;
    rows.push_back({cell(place), std::string(rule_name(d.rule)),
                    std::string(severity_name(d.severity)), cell(tr(l_, d.message)),
                    cell(hint_text(d, l_))});
  }
  doc_.block(table({t("spec.col.place"), t("spec.col.rule"), t("spec.col.severity"),
                    t("spec.col.problem"), t("spec.col.remedy")},
                   rows));
}

void SpecWriter::flexibility() {
  section("spec.h.flex");
  doc_.block(t("spec.flex.intro"));
  const auto& all = in_.method.methods;
  if (all.empty()) return doc_.todo(element_text(12, "12d"), {"mode", "tailoring"});
  std::vector<std::string> standard, flexible, undecided;
  for (const auto& m : all) {
    if (m.mode == "standard") standard.push_back(markdown_inline(method_label(m)));
    if (m.mode == "flexible")
      flexible.push_back(markdown_inline(method_label(m)) +
                         (blank(m.tailoring) ? ""
                                             : " — " + msg(l_, "spec.method.tailoring",
                                                           markdown_inline(m.tailoring))));
    if (m.mode.empty()) undecided.push_back(markdown_inline(one_line(m.id)));
  }
  doc_.heading(3, t("spec.h.standard"));
  if (standard.empty())
    doc_.block(t("spec.flex.no_standard"));
  else
    doc_.list(standard);
  doc_.heading(3, t("spec.h.flexible"));
  if (flexible.empty())
    doc_.block(t("spec.flex.no_flexible"));
  else
    doc_.list(flexible);
  if (!undecided.empty()) {
    doc_.heading(3, t("spec.h.undecided"));
    doc_.block(msg(l_, "spec.flex.undecided", join(undecided, ", ")));
  }
}

void SpecWriter::phases() {
  section("spec.h.phases");
  const auto& all = in_.method.phases;
  if (all.empty()) {
    doc_.todo(hint(7), {"method.phases"});
  } else {
    std::vector<std::vector<std::string>> rows;
    long total = 0;
    bool complete = true;
    for (std::size_t i = 0; i < all.size(); ++i) {
      rows.push_back({std::to_string(i + 1), cell(all[i].name),
                      all[i].weeks > 0 ? std::to_string(all[i].weeks) : "—", cell(all[i].focus)});
      total += all[i].weeks;
      complete = complete && all[i].weeks > 0;
    }
    doc_.block(table({"#", t("spec.col.phase"), t("spec.col.weeks"), t("spec.col.focus")}, rows));
    if (complete)
      doc_.block(in_.info.duration_weeks
                     ? msg(l_, "spec.phases.total_duration", total, *in_.info.duration_weeks)
                     : msg(l_, "spec.phases.total", total));
  }
  doc_.block(msg(l_, "spec.see_also", signpost_link(7)));
}

void SpecWriter::team() {
  section("spec.h.team");
  if (in_.team.empty()) {
    if (not_applicable(13))
      return doc_.block(msg(l_, "spec.not_applicable", 13, markdown_inline(entry(13).rationale)));
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
  doc_.block(table({t("spec.col.role"), t("spec.col.hours"), t("spec.col.expertise")}, rows));
  if (any_hours) doc_.block(msg(l_, "spec.team.total", hours));
}

void SpecWriter::resources() {
  section("spec.h.resources");
  const Resources& r = in_.resources;
  if (!in_.has_resources) {
    if (not_applicable(14))
      return doc_.block(msg(l_, "spec.not_applicable", 14, markdown_inline(entry(14).rationale)));
    return doc_.todo(hint(14), {"resources"});
  }
  auto items = [](const std::vector<std::string>& texts) {
    std::vector<std::string> out;
    for (const auto& text : texts) out.push_back(markdown_inline(text));
    return out;
  };
  if (!r.funding.empty()) {
    doc_.block(t("spec.res.funding"));
    doc_.list(items(r.funding));
  }
  if (!r.facilities.empty()) {
    doc_.block(t("spec.res.facilities"));
    doc_.list(items(r.facilities));
  }
  if (!blank(r.time)) doc_.block(msg(l_, "spec.res.time", markdown_inline(r.time)));
  if (r.funding.empty()) doc_.todo(t("spec.todo.funding"), {"resources.funding"});
  if (r.facilities.empty()) doc_.todo(t("spec.todo.facilities"), {"resources.facilities"});
  if (blank(r.time)) doc_.todo(t("spec.todo.time"), {"resources.time"});
}

void SpecWriter::practice() {
  section("spec.h.practice");
  doc_.block(t("spec.practice.intro"));
  for (const auto& sp : cat_.signposts) signpost(sp);
}

void SpecWriter::signpost(const Signpost& sp) {
  const SignpostEntry& e = entry(sp.number);
  doc_.heading(3, heading_text(signpost_heading(sp)));
  doc_.block(msg(l_, "spec.practice.status", t("spec.status." + std::string(status_word(e.status))),
                 t(e.essential ? "spec.priority.essential" : "spec.priority.optional")));
  if (e.status == Status::not_applicable && !blank(e.rationale))
    doc_.block(t("spec.practice.rationale") + '\n' + markdown_paragraphs(e.rationale));
  if (!blank(e.practice)) doc_.block(markdown_paragraphs(e.practice));
  if (!e.elements.empty()) {
    std::vector<std::string> items;
    for (const auto& el : e.elements) {
      std::string text = t("spec.status." + std::string(status_word(el.status)));
      if (!blank(el.practice)) text += ": " + el.practice;
      for (const auto& known : sp.elements)
        if (known.id == el.id) text = known.text.in(l_) + " — " + text;
      items.push_back(fmt::format("**{}** {}", markdown_inline(el.id), markdown_inline(text)));
    }
    doc_.block(t("spec.practice.elements"));
    doc_.list(items);
  }
  if (!e.next_steps.empty()) {
    std::vector<std::string> items;
    for (const auto& step : e.next_steps) items.push_back(markdown_inline(step));
    doc_.block(t("spec.practice.next_steps"));
    doc_.list(items);
  }
  if (!e.described || (e.status != Status::not_applicable && blank(e.practice)))
    doc_.todo(sp.hint.in(l_), {fmt::format("signposts.{}.practice", sp.number)});
  else if (e.status == Status::not_applicable && blank(e.rationale))
    doc_.todo(msg(l_, "spec.todo.rationale", sp.number),
              {fmt::format("signposts.{}.rationale", sp.number)});
}

// The places in the file that answer each TIDieR item.
const std::vector<std::string> kTidierKeys[] = {
    {"intervention.name"},
    {"method.end_result", "method.goals"},
    {"resources.facilities", "description"},
    {"method.methods"},
    {"team"},
    {"intervention.setting", "intervention.group_size", "method.methods"},
    {"intervention.setting", "intervention.organisation"},
    {"method.phases", "intervention.duration_weeks"},
    {"mode", "tailoring"},
    {"next_steps"},
    {"indicator"},
    {"ratings"},
};

void SpecWriter::tidier() {
  enum State { missing, partly, filled };
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
  const std::string summary = link("spec.h.summary"), method_link = link("spec.h.methods"),
                    resources = link("spec.h.resources"), phase_link = link("spec.h.phases");
  const std::vector<std::pair<std::string, State>> items = {
      {summary, state(name, false)},
      {join({link("spec.h.end_result"), link("spec.h.goals"), link("spec.h.logic")}, ", "),
       state(result && goals, result || goals)},
      {resources + ", " + method_link, state(false, facilities || any_description)},
      {method_link + ", " + phase_link, state(descriptions, methods)},
      {link("spec.h.team"), state(expertise, !in_.team.empty())},
      {summary + ", " + method_link,
       state(setting && info.group_size && methods, setting || info.group_size || methods)},
      {summary + ", " + resources, state(setting && org, setting || org || facilities)},
      {phase_link + ", " + summary, state(phases && duration, phases || duration)},
      {link("spec.h.flex"), state(modes, any_mode)},
      {msg(l_, "spec.tidier.where.10", link("spec.h.practice")), state(false, next_steps)},
      {msg(l_, "spec.tidier.where.11", link("spec.h.goals")), state(false, indicators)},
      {t("spec.tidier.where.12"), state(false, !in_.ratings.empty())},
  };
  const char* state_ids[] = {"spec.state.missing", "spec.state.partly", "spec.state.filled"};
  section("spec.h.tidier");
  doc_.block(t("spec.tidier.intro"));
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < items.size(); ++i)
    rows.push_back({std::to_string(i + 1), t(fmt::format("spec.tidier.{}", i + 1)), items[i].first,
                    t(state_ids[items[i].second])});
  doc_.block(table({"#", t("spec.col.item"), t("spec.col.where"), t("spec.col.state")}, rows));
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].second == missing)
      doc_.todo(msg(l_, "spec.tidier.todo", i + 1, t(fmt::format("spec.tidier.{}", i + 1)),
                    t(fmt::format("spec.tidier.hint.{}", i + 1))),
                kTidierKeys[i]);
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
