// `init`: the commented template of an intervention file (render/template.hpp), in the chosen
// language, to standard output or a file. Its first line names the JSON Schema of the format for
// editors (yaml-language-server, the engine of VS Code's YAML extension and others): the file
// routekaart.schema.json next to it, which `init FILE` writes there unless one is there already
// (`routekaart schema -o routekaart.schema.json` writes it too).
#include <sstream>
#include <string_view>

#include "cli/commands.hpp"
#include "generated/texts/cli.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "render/json_schema.hpp"
#include "render/template.hpp"

namespace routekaart::cli {
namespace {

constexpr std::string_view kSchemaFile = "routekaart.schema.json";

// Writes the schema next to `file`; an existing one is kept unless --force. A failure is a note:
// the template is written, and editors only miss the help the schema gives.
int write_schema_next_to(Context& ctx, const Options& opt, const std::string& file) {
  std::filesystem::path path = io::platform::to_path(file);
  path.replace_filename(io::platform::to_path(std::string(kSchemaFile)));
  const std::string schema_path = io::platform::from_path(path);
  std::ostringstream schema;
  render::render_json_schema(ctx.catalogue, ctx.lang, schema);
  std::string error;
  switch (io::write_file_atomically(schema_path, schema.str(), opt.force, error)) {
    case io::WriteResult::written:
      print_written(ctx, schema_path);
      return kExitOk;
    case io::WriteResult::exists:
      return kExitOk;
    case io::WriteResult::not_a_file:
      return usage_error(ctx, texts::output_special{.path = schema_path},
                         texts::output_not_a_file_hint{});
    case io::WriteResult::failed:
      break;
  }
  return usage_error(ctx, texts::output_failed{.path = schema_path, .reason = error},
                     texts::output_failed_hint{});
}

}  // namespace

int cmd_init(Context& ctx, const Options& opt) {
  std::ostringstream out;
  out << "# yaml-language-server: $schema=" << kSchemaFile << '\n';
  render::render_template(ctx.catalogue, ctx.lang, opt.name, out);
  const int code = emit(ctx, opt, out.str());
  if (code != kExitOk || !writes_file(opt)) return code;
  print_written(ctx, opt.output);
  return write_schema_next_to(ctx, opt, opt.output);
}

}  // namespace routekaart::cli
