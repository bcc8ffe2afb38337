#include "cli/output.hpp"

#include "cli/commands.hpp"
#include "generated/texts/cli.hpp"
#include "io/atomic_write.hpp"
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

int emit(Context& ctx, const Options& opt, const std::string& content) {
  if (opt.output.empty() || opt.output == "-") {
    ctx.out << content;
    return kExitOk;
  }
  std::string error;
  switch (io::write_file_atomically(opt.output, content, opt.force, error)) {
    case io::WriteResult::written:
      return kExitOk;
    case io::WriteResult::exists:
      return usage_error(ctx, texts::output_exists{.path = opt.output},
                         texts::output_exists_hint{});
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
