// routekaart_gentexts: turns the reviewed data of texts/*.yaml and rules/rules.yaml into C++ at
// build time, and fails the build, with file:line:column, when that data is broken.
//
//   routekaart_gentexts OUT_DIR RULES_YAML TEXTS_YAML...
//
// Writes, under OUT_DIR/generated/ (each file only when its content changed, so that an edit to
// one text file recompiles only what uses it):
//   rule_ids.hpp          enum class RuleId { RK001, ... }, its names and count
//   rules_data.cpp        the rule table (severity, signpost, titles, descriptions, remedies)
//   texts/<name>.hpp      per texts/<name>.yaml, one struct per text: its placeholders are the
//                         struct's members, in alphabetical order, so a call site names each
//                         one (`texts::read_open{.reason = why}`) and the compiler refuses a
//                         missing, misspelt or unknown placeholder
//   texts_data.cpp        every text's templates in Dutch and English, placeholders as indexes
//
// A text file is a map from a text's id to its entry:
//   read.open:
//     en: "cannot read the file: {reason}"
//     nl: "kan het bestand niet lezen: {reason}"
//     note: what a translator should know (optional)
//   summary.files:
//     plural: count                       # the placeholder that chooses the form
//     en: {one: "{count} file", other: "{count} files"}
//     nl: {one: "{count} bestand", other: "{count} bestanden"}
// Placeholders are {lower_case_names}; {{ and }} are literal braces. Both languages (and both
// plural forms) must use exactly the same placeholders, except that the `one` form may leave out
// the count that chooses it.
//
// This program uses yaml-cpp directly and nothing of routekaart, because routekaart's own code
// is compiled against what it generates.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Failure {
  std::string where;  // file:line:column
  std::string what;
};

std::string place(const std::string& file, const YAML::Mark& mark) {
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& what) {
  throw Failure{place(file, node.Mark()), what};
}

// ---- Templates -------------------------------------------------------------------------------

struct Template {
  std::string text;                // as written
  std::vector<std::string> names;  // placeholders in order of appearance (repeats kept)
};

bool valid_name(const std::string& name) {
  if (name.empty() || !std::islower(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

Template parse_template(const std::string& file, const YAML::Node& node) {
  if (!node.IsScalar()) fail(file, node, "a text must be a string");
  Template t{node.Scalar(), {}};
  const std::string& s = t.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{') {
      if (i + 1 < s.size() && s[i + 1] == '{') {
        ++i;
        continue;
      }
      const std::size_t close = s.find('}', i);
      if (close == std::string::npos)
        fail(file, node, "'{' without a closing '}' (write {{ for a brace)");
      const std::string name = s.substr(i + 1, close - i - 1);
      if (!valid_name(name))
        fail(file, node, "placeholder {" + name + "} is not a lower_case name");
      if (name == "text_id") fail(file, node, "{text_id} is reserved; choose another name");
      t.names.push_back(name);
      i = close;
    } else if (s[i] == '}') {
      if (i + 1 < s.size() && s[i + 1] == '}') {
        ++i;
        continue;
      }
      fail(file, node, "'}' without an opening '{' (write }} for a brace)");
    }
  }
  return t;
}

std::set<std::string> name_set(const Template& t) {
  return {t.names.begin(), t.names.end()};
}

// The template with each {name} replaced by {index} of `members`; literal braces stay doubled.
std::string indexed(const Template& t, const std::vector<std::string>& members) {
  std::string out;
  const std::string& s = t.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '{' || s[i] == '}') && i + 1 < s.size() && s[i + 1] == s[i]) {
      out += s[i];
      out += s[i];
      ++i;
    } else if (s[i] == '{') {
      const std::size_t close = s.find('}', i);
      const std::string name = s.substr(i + 1, close - i - 1);
      const auto at = std::find(members.begin(), members.end(), name) - members.begin();
      out += "{" + std::to_string(at) + "}";
      i = close;
    } else {
      out += s[i];
    }
  }
  return out;
}

// ---- Texts -----------------------------------------------------------------------------------

struct Forms {
  Template one, other;  // `one` is empty unless the text has plural forms
};

struct Text {
  std::string id;                    // "read.open"
  std::string symbol;                // "read_open"
  std::vector<std::string> members;  // placeholders, sorted
  Forms en, nl;
  int plural = -1;  // index into members of the placeholder that chooses the form
  std::string note;
};

struct TextFile {
  std::string name;  // "read" for texts/read.yaml
  std::string path;
  std::vector<Text> texts;
};

bool valid_id(const std::string& id) {
  if (id.empty() || !std::islower(static_cast<unsigned char>(id[0]))) return false;
  char previous = 0;
  for (char c : id) {
    const bool ok = std::islower(static_cast<unsigned char>(c)) ||
                    std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '.';
    if (!ok || (c == '.' && (previous == '.' || previous == 0))) return false;
    previous = c;
  }
  return id.back() != '.';
}

Forms read_forms(const std::string& file, const YAML::Node& node, bool plural) {
  if (plural) {
    if (!node.IsMap()) fail(file, node, "a text with `plural:` needs {one: ..., other: ...}");
    for (const auto& kv : node) {
      const std::string key = kv.first.Scalar();
      if (key != "one" && key != "other")
        fail(file, kv.first, "unknown plural form '" + key + "' (use one and other)");
    }
    if (!node["one"] || !node["other"])
      fail(file, node, "both plural forms, one and other, are needed");
    return Forms{parse_template(file, node["one"]), parse_template(file, node["other"])};
  }
  if (node.IsMap()) fail(file, node, "plural forms need `plural: <placeholder>` on the text");
  return Forms{Template{}, parse_template(file, node)};
}

Text read_text(const std::string& file, const YAML::Node& key, const YAML::Node& value) {
  Text t;
  t.id = key.Scalar();
  if (!valid_id(t.id))
    fail(file, key, "text id '" + t.id + "' must be lower_case words joined by dots");
  t.symbol = t.id;
  std::replace(t.symbol.begin(), t.symbol.end(), '.', '_');
  if (!value.IsMap()) fail(file, value, "text '" + t.id + "' must be a map with en and nl");
  std::set<std::string> seen;
  for (const auto& kv : value) {
    const std::string k = kv.first.Scalar();
    if (k != "en" && k != "nl" && k != "note" && k != "plural")
      fail(file, kv.first, "unknown key '" + k + "' (allowed: en, nl, plural, note)");
    if (!seen.insert(k).second) fail(file, kv.first, "key '" + k + "' appears twice");
  }
  if (!value["en"] || !value["nl"]) fail(file, value, "text '" + t.id + "' needs both en and nl");
  const bool plural = static_cast<bool>(value["plural"]);
  t.en = read_forms(file, value["en"], plural);
  t.nl = read_forms(file, value["nl"], plural);
  if (value["note"]) t.note = value["note"].Scalar();
  const std::set<std::string> names = name_set(t.en.other);
  const std::vector<std::pair<const Template*, const char*>> all = {
      {&t.en.other, "en"}, {&t.nl.other, "nl"}, {&t.en.one, "en.one"}, {&t.nl.one, "nl.one"}};
  const std::string selector = plural ? value["plural"].Scalar() : std::string();
  for (const auto& [tmpl, label] : all) {
    if (!plural && tmpl == &t.en.one) break;
    std::set<std::string> other = name_set(*tmpl);
    // The singular may leave the count out ("one file" rather than "1 file").
    if (tmpl == &t.en.one || tmpl == &t.nl.one) other.insert(selector);
    if (other != names) {
      std::string list;
      for (const auto& n : names) list += " {" + n + "}";
      std::string found;
      for (const auto& n : other) found += " {" + n + "}";
      fail(file, value,
           "text '" + t.id + "': " + label + " uses" + (found.empty() ? " none" : found) +
               " but en uses" + (list.empty() ? " none" : list) +
               "; every language and form must use the same placeholders");
    }
    if (tmpl->text.empty()) fail(file, value, "text '" + t.id + "': " + label + " is empty");
  }
  t.members.assign(names.begin(), names.end());
  if (plural) {
    const auto at = std::find(t.members.begin(), t.members.end(), selector);
    if (at == t.members.end())
      fail(file, value["plural"],
           "plural placeholder {" + selector + "} does not occur in the text");
    t.plural = static_cast<int>(at - t.members.begin());
  }
  return t;
}

TextFile read_text_file(const std::string& path) {
  TextFile f;
  f.path = path;
  f.name = fs::path(path).stem().string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    throw Failure{place(path, e.mark), e.msg};
  }
  if (root.IsNull()) return f;
  if (!root.IsMap()) fail(path, root, "a text file must be a map from text ids to texts");
  std::set<std::string> ids;
  for (const auto& kv : root) {
    if (!kv.first.IsScalar()) fail(path, kv.first, "a text id must be a plain word");
    if (!ids.insert(kv.first.Scalar()).second)
      fail(path, kv.first, "text '" + kv.first.Scalar() + "' is defined twice in this file");
    f.texts.push_back(read_text(path, kv.first, kv.second));
  }
  return f;
}

// ---- Rules -----------------------------------------------------------------------------------

struct Bilingual {
  std::string nl, en;
};

struct Rule {
  std::string id, severity;
  int signpost = 0;
  bool fixed = false;  // cannot be switched off, re-severitied or suppressed
  Bilingual title, description, remedy;
};

Bilingual read_bilingual(const std::string& file, const YAML::Node& node, const std::string& what) {
  if (!node || !node.IsMap()) fail(file, node, what + " must be a map {nl: ..., en: ...}");
  for (const auto& kv : node)
    if (kv.first.Scalar() != "nl" && kv.first.Scalar() != "en")
      fail(file, kv.first, what + ": unknown language '" + kv.first.Scalar() + "' (nl, en)");
  for (const char* lang : {"nl", "en"})
    if (!node[lang] || !node[lang].IsScalar() || node[lang].Scalar().empty())
      fail(file, node, what + " needs a non-empty " + lang);
  return Bilingual{node["nl"].Scalar(), node["en"].Scalar()};
}

std::vector<Rule> read_rules(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    throw Failure{place(path, e.mark), e.msg};
  }
  if (!root.IsSequence()) fail(path, root, "the rule table must be a list of rules");
  std::vector<Rule> out;
  std::set<std::string> ids;
  for (const auto& item : root) {
    if (!item.IsMap()) fail(path, item, "a rule must be a map");
    std::set<std::string> keys;
    for (const auto& kv : item) {
      const std::string k = kv.first.Scalar();
      static const std::set<std::string> allowed = {"id",    "severity",    "signpost", "fixed",
                                                    "title", "description", "remedy"};
      if (!allowed.count(k))
        fail(path, kv.first,
             "unknown key '" + k + "' (id, severity, signpost, fixed, title, description, remedy)");
      if (!keys.insert(k).second) fail(path, kv.first, "key '" + k + "' appears twice");
    }
    Rule r;
    if (!item["id"] || !item["id"].IsScalar()) fail(path, item, "a rule needs an id such as RK101");
    r.id = item["id"].Scalar();
    const bool id_ok = r.id.size() == 5 && r.id.rfind("RK", 0) == 0 &&
                       std::all_of(r.id.begin() + 2, r.id.end(), [](char c) {
                         return std::isdigit(static_cast<unsigned char>(c));
                       });
    if (!id_ok) fail(path, item["id"], "rule id '" + r.id + "' must be RK and three digits");
    if (!ids.insert(r.id).second) fail(path, item["id"], "rule id " + r.id + " appears twice");
    if (!out.empty() && out.back().id > r.id)
      fail(path, item["id"],
           "rule " + r.id + " must come before " + out.back().id + " (keep the table sorted)");
    if (!item["severity"] || !item["severity"].IsScalar())
      fail(path, item, "rule " + r.id + " needs a severity: error, warning or info");
    r.severity = item["severity"].Scalar();
    if (r.severity != "error" && r.severity != "warning" && r.severity != "info")
      fail(path, item["severity"], "severity '" + r.severity + "' must be error, warning or info");
    if (item["signpost"]) {
      const std::string s = item["signpost"].Scalar();
      r.signpost = std::atoi(s.c_str());
      if (r.signpost < 1 || r.signpost > 14 || std::to_string(r.signpost) != s)
        fail(path, item["signpost"], "signpost must be a number from 1 to 14");
    }
    if (item["fixed"]) {
      const std::string fixed = item["fixed"].Scalar();
      if (fixed != "true" && fixed != "false")
        fail(path, item["fixed"], "fixed must be true or false");
      r.fixed = fixed == "true";
    }
    const bool format_rule = r.id.rfind("RK00", 0) == 0 || r.id.rfind("RK01", 0) == 0;
    if (format_rule && !r.fixed)
      fail(path, item["id"], "format rule " + r.id + " (RK001-RK019) must be `fixed: true`");
    r.title = read_bilingual(path, item["title"], "title");
    r.description = read_bilingual(path, item["description"], "description");
    r.remedy = read_bilingual(path, item["remedy"], "remedy");
    out.push_back(std::move(r));
  }
  return out;
}

// ---- Output ----------------------------------------------------------------------------------

// `text` as a C++ string literal: printable ASCII as is, everything else as octal escapes.
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    char buffer[8];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7f && c != '?') {
      out += c;
    } else {
      std::snprintf(buffer, sizeof buffer, "\\%03o", byte);
      out += buffer;
    }
  }
  return out + "\"";
}

// A comment line that cannot end the comment or continue it onto the next line.
std::string comment(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  if (!text.empty() && text.back() == '\\') text += ' ';
  return text;
}

void write_if_changed(const fs::path& path, const std::string& content) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream old;
  old << in.rdbuf();
  if (in && old.str() == content) return;
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  if (!out) throw Failure{path.string(), "cannot write this file"};
}

std::string text_header(const TextFile& f, std::size_t file_index) {
  std::ostringstream o;
  o << "// Generated from texts/" << f.name << ".yaml by tools/generate/texts.cpp. Do not edit.\n"
    << "#pragma once\n#include \"common/message.hpp\"\n\nnamespace routekaart::texts {\n";
  for (std::size_t i = 0; i < f.texts.size(); ++i) {
    const Text& t = f.texts[i];
    o << "\n/// " << t.id << ": " << comment(t.en.other.text) << "\n";
    o << "struct " << t.symbol << " {\n";
    for (const auto& m : t.members) o << "  Arg " << m << ";\n";
    std::string args;
    for (const auto& m : t.members) args += (args.empty() ? "" : ", ") + m;
    std::string moved;
    for (const auto& m : t.members) moved += (moved.empty() ? "" : ", ") + ("std::move(" + m + ")");
    o << "  static constexpr TextId text_id{" << file_index << ", " << i << "};\n"
      << "  operator Message() const& { return Message{text_id, {" << args << "}}; }\n"
      << "  operator Message() && { return Message{text_id, {" << moved << "}}; }\n"
      << "};\n";
  }
  o << "\n}  // namespace routekaart::texts\n";
  return o.str();
}

std::string texts_data(const std::vector<TextFile>& files) {
  std::ostringstream o;
  o << "// Generated from texts/*.yaml by tools/generate/texts.cpp. Do not edit.\n"
    << "#include \"common/message.hpp\"\n\nnamespace routekaart {\nnamespace {\n\n";
  for (std::size_t f = 0; f < files.size(); ++f) {
    o << "// texts/" << files[f].name << ".yaml\nconst TextEntry file_" << f << "[] = {\n";
    if (files[f].texts.empty()) o << "    {},\n";
    for (const auto& t : files[f].texts) {
      auto form = [&](const Template& tmpl) {
        return tmpl.text.empty() ? std::string("{}") : literal(indexed(tmpl, t.members));
      };
      o << "    {" << literal(t.id) << ", {" << form(t.en.one) << ", " << form(t.en.other) << "}, {"
        << form(t.nl.one) << ", " << form(t.nl.other) << "}, " << t.plural << ", "
        << t.members.size() << "},\n";
    }
    o << "};\n\n";
  }
  o << "const TextFileEntry files[] = {\n";
  for (std::size_t f = 0; f < files.size(); ++f)
    o << "    {" << literal(files[f].name) << ", file_" << f << ", " << files[f].texts.size()
      << "},\n";
  o << "};\n\n}  // namespace\n\nstd::span<const TextFileEntry> text_files() {\n  return "
       "files;\n}\n\n"
    << "}  // namespace routekaart\n";
  return o.str();
}

std::string rule_ids_header(const std::vector<Rule>& rules) {
  std::ostringstream o;
  o << "// Generated from rules/rules.yaml by tools/generate/texts.cpp. Do not edit.\n"
    << "#pragma once\n#include <array>\n#include <cstddef>\n#include <cstdint>\n"
    << "#include <string_view>\n\nnamespace routekaart {\n\n"
    << "/// Every rule of rules/rules.yaml, in the order of the table.\nenum class RuleId : "
       "std::uint8_t {\n";
  for (const auto& r : rules) o << "  " << r.id << ",\n";
  o << "};\n\ninline constexpr std::size_t kRuleCount = " << rules.size() << ";\n\n"
    << "/// The ids as written (\"RK101\"), indexed by RuleId.\n"
    << "inline constexpr std::array<std::string_view, kRuleCount> kRuleNames{\n";
  for (const auto& r : rules) o << "    \"" << r.id << "\",\n";
  o << "};\n\n/// Per RuleId: its findings cannot be switched off, re-severitied or suppressed.\n"
    << "inline constexpr std::array<bool, kRuleCount> kRuleFixed{\n";
  for (const auto& r : rules)
    o << "    " << (r.fixed ? "true" : "false") << ",  // " << r.id << "\n";
  o << "};\n\n/// \"RK101\".\nconstexpr std::string_view rule_name(RuleId id) {\n"
    << "  return kRuleNames[static_cast<std::size_t>(id)];\n}\n\n"
    << "/// A rule whose findings always keep their severity (rules/rules.yaml, `fixed: true`).\n"
    << "constexpr bool is_fixed_rule(RuleId id) {\n"
    << "  return kRuleFixed[static_cast<std::size_t>(id)];\n}\n\n}  // namespace routekaart\n";
  return o.str();
}

std::string rules_data(const std::vector<Rule>& rules) {
  std::ostringstream o;
  auto bi = [](const Bilingual& b) { return "{" + literal(b.nl) + ", " + literal(b.en) + "}"; };
  o << "// Generated from rules/rules.yaml by tools/generate/texts.cpp. Do not edit.\n"
    << "#include \"catalogue/rules.hpp\"\n\nnamespace routekaart::catalogue {\n\n"
    << "const std::array<Rule, kRuleCount>& rules() {\n  static const std::array<Rule, kRuleCount> "
       "table{{\n";
  for (const auto& r : rules)
    o << "      {RuleId::" << r.id << ", Severity::" << r.severity << ", " << r.signpost
      << ",\n       " << bi(r.title) << ",\n       " << bi(r.description) << ",\n       "
      << bi(r.remedy) << "},\n";
  o << "  }};\n  return table;\n}\n\n}  // namespace routekaart::catalogue\n";
  return o.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: routekaart_gentexts OUT_DIR RULES_YAML TEXTS_YAML...\n");
    return 2;
  }
  try {
    const fs::path out = fs::path(argv[1]) / "generated";
    const std::vector<Rule> rules = read_rules(argv[2]);
    std::vector<std::string> paths(argv + 3, argv + argc);
    std::sort(paths.begin(), paths.end(),
              [](const auto& a, const auto& b) { return fs::path(a).stem() < fs::path(b).stem(); });
    std::vector<TextFile> files;
    std::map<std::string, std::string> symbols;  // symbol -> where it was defined
    for (const auto& path : paths) {
      files.push_back(read_text_file(path));
      for (const auto& t : files.back().texts) {
        auto [it, inserted] = symbols.emplace(t.symbol, path + " (" + t.id + ")");
        if (!inserted)
          throw Failure{path, "text '" + t.id + "' clashes with " + it->second +
                                  ": ids must stay distinct with dots read as underscores"};
      }
    }
    write_if_changed(out / "rule_ids.hpp", rule_ids_header(rules));
    write_if_changed(out / "rules_data.cpp", rules_data(rules));
    for (std::size_t i = 0; i < files.size(); ++i)
      write_if_changed(out / "texts" / (files[i].name + ".hpp"), text_header(files[i], i));
    write_if_changed(out / "texts_data.cpp", texts_data(files));
  } catch (const Failure& f) {
    std::fprintf(stderr, "%s: error: %s\n", f.where.c_str(), f.what.c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "routekaart_gentexts: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
