#include "cli/output.hpp"

#include <cerrno>

#include "cli/commands.hpp"
#include "common/strings.hpp"
#include "generated/texts/cli.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "render/format.hpp"

namespace routekaart::cli {

int exit_code(check::Outcome outcome) {
  switch (outcome) {
    case check::Outcome::ok:
      return kExitOk;
    case check::Outcome::problems:
      return kExitProblems;
    case check::Outcome::unreadable:
      break;
  }
  return kExitUsage;
}

bool is_standard_output(const std::string& path) {
  if (path == "-") return true;
  io::platform::FileId target, out;
  return !path.empty() && io::platform::file_id(path, target) == 0 &&
         io::platform::standard_output_id(out) == 0 && target == out;
}

bool writes_file(const Options& opt) {
  return !opt.output.empty() && !is_standard_output(opt.output);
}

namespace {

// Whether the output file is one of the files read: compared by identity, so that another name
// for the same file (a link, "./x.yaml", a hard link) is caught too.
bool is_input(const io::platform::FileId& output, const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    io::platform::FileId id;
    if (!path.empty() && io::platform::file_id(path, id) == 0 && id == output) return true;
  }
  return false;
}

}  // namespace

int check_output(Context& ctx, const Options& opt, const std::vector<std::string>& inputs) {
  if (!writes_file(opt)) return kExitOk;
  const std::string& path = opt.output;
  if (valid_utf8(path) != path)
    return usage_error(ctx, texts::output_not_utf8{.path = valid_utf8(path)},
                       texts::output_not_utf8_hint{});
  io::platform::FileId output;
  if (io::platform::file_id(path, output) == 0 &&
      (is_input(output, opt.paths) || is_input(output, opt.ratings_paths) ||
       is_input(output, {ctx.config.file}) || is_input(output, inputs)))
    return usage_error(ctx, texts::output_is_input{.path = path}, texts::output_is_input_hint{});
  io::platform::FileInfo info;
  if (io::platform::file_info(path, info) == 0) {
    if (info.kind == io::platform::FileKind::directory)
      return usage_error(ctx, texts::output_folder{.path = path}, texts::output_not_a_file_hint{});
    if (info.kind != io::platform::FileKind::regular)
      return usage_error(ctx, texts::output_special{.path = path}, texts::output_not_a_file_hint{});
  }
  if (!opt.force && io::platform::exists_no_follow(path))
    return usage_error(ctx, texts::output_exists{.path = path}, texts::output_exists_hint{});
  // The folder and the name, now rather than after the work (or, for rate, all the questions).
  std::string target;
  int why = io::platform::follow_links(path, target);
  if (why == 0) why = io::platform::creatable(target);
  if (why == ENAMETOOLONG)
    return usage_error(ctx,
                       texts::output_failed{.path = path, .reason = io::platform::error_text(why)},
                       texts::output_too_long_hint{});
  if (why != 0)
    return usage_error(ctx,
                       texts::output_failed{.path = path, .reason = io::platform::error_text(why)},
                       texts::output_failed_hint{});
  return kExitOk;
}

int emit(Context& ctx, const Options& opt, const std::string& content,
         const std::vector<std::string>& inputs) {
  if (!writes_file(opt)) {
    ctx.out << content;
    return kExitOk;
  }
  if (const int code = check_output(ctx, opt, inputs); code != kExitOk) return code;
  std::string error;
  switch (io::write_file_atomically(opt.output, content, opt.force, error)) {
    case io::WriteResult::written:
      return kExitOk;
    case io::WriteResult::exists:
      return usage_error(ctx, texts::output_exists{.path = opt.output},
                         texts::output_exists_hint{});
    case io::WriteResult::not_a_file:
      return usage_error(ctx, texts::output_special{.path = opt.output},
                         texts::output_not_a_file_hint{});
    case io::WriteResult::failed:
      break;
  }
  return usage_error(ctx, texts::output_failed{.path = opt.output, .reason = error},
                     texts::output_failed_hint{});
}

int usage_error(Context& ctx, const std::string& message, const std::string& hint) {
  ctx.err << "routekaart: " << tr(ctx.lang, texts::cli_error{.message = message}) << '\n';
  if (!hint.empty()) ctx.err << "    " << tr(ctx.lang, texts::cli_hint{.hint = hint}) << '\n';
  return kExitUsage;
}

int usage_error(Context& ctx, const Message& message, const Message& hint) {
  return usage_error(ctx, tr(ctx.lang, message), tr(ctx.lang, hint));
}

void print_written(Context& ctx, const std::string& path) {
  ctx.err << tr(ctx.lang, texts::output_written{.path = path}) << '\n';
}

render::Format chosen_format(const Options& opt) {
  const render::FormatInfo* format = render::find_format(opt.format);
  return format ? format->format : render::Format::text;
}

int print_problems(Context& ctx, const Diagnostics& problems, int code) {
  render::RenderOptions plain;
  plain.lang = ctx.lang;
  render::render_findings_text(problems, plain, ctx.err);
  return code;
}

}  // namespace routekaart::cli
