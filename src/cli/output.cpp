#include "cli/output.hpp"

#include "cli/commands.hpp"
#include "common/messages.hpp"
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
      return usage_error(ctx, msg(ctx.lang, "output.exists", opt.output),
                         msg(ctx.lang, "output.exists.hint"));
    case io::WriteResult::failed:
      break;
  }
  return usage_error(ctx, msg(ctx.lang, "output.failed", opt.output, error),
                     msg(ctx.lang, "output.failed.hint"));
}

int usage_error(Context& ctx, const std::string& message, const std::string& hint) {
  ctx.err << "routekaart: " << msg(ctx.lang, "usage.error", message) << '\n';
  if (!hint.empty()) ctx.err << "    " << msg(ctx.lang, "text.hint", hint) << '\n';
  return kExitUsage;
}

int print_problems(Context& ctx, const Diagnostics& problems, int code) {
  render::RenderOptions plain;
  plain.lang = ctx.lang;
  render::render_findings_text(problems, plain, ctx.err);
  return code;
}

}  // namespace routekaart::cli
