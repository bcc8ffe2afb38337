// node yaml-language-server.cjs validate FILE...
// node yaml-language-server.cjs complete FILE LINE COLUMN
// node yaml-language-server.cjs hover FILE LINE COLUMN
// The language service of yaml-language-server (the engine of VS Code's YAML extension and of
// the YAML support of many other editors), from npm, on files on disk as an editor opens them:
// the schema comes from the file's first line, `# yaml-language-server: $schema=PATH`, and is
// read from disk relative to the file. LINE and COLUMN are 1-based.
//   validate: one line per diagnostic, FILE:LINE:COLUMN: SEVERITY: MESSAGE, and a count
//   complete: the labels offered at that place, one per line
//   hover:    the hover text at that place
// Exits 2 when a file or its schema cannot be read.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { URI } = require("vscode-uri");
const { TextDocument } = require("vscode-languageserver-textdocument");
const {
  getLanguageService,
} = require("yaml-language-server/out/server/src/languageservice/yamlLanguageService");

const severities = { 1: "error", 2: "warning", 3: "information", 4: "hint" };

function service() {
  const ls = getLanguageService({
    // The schema named by a modeline, resolved by the service to a file:// URI.
    schemaRequestService: async (uri) => {
      const file = URI.parse(uri).fsPath;
      try {
        return fs.readFileSync(file, "utf8");
      } catch (error) {
        console.error(`cannot read the schema ${file}: ${error.message}`);
        process.exit(2);
      }
    },
    workspaceContext: {
      resolveRelativePath: (relative, resource) =>
        URI.file(path.resolve(path.dirname(URI.parse(resource).fsPath), relative)).toString(),
    },
  });
  // What VS Code's YAML extension sets by default.
  ls.configure({ validate: true, completion: true, hover: true, format: true, yamlVersion: "1.2" });
  return ls;
}

function open(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(2);
  }
  return TextDocument.create(URI.file(path.resolve(file)).toString(), "yaml", 1, text);
}

async function main([command, ...args]) {
  const ls = service();
  if (command === "validate") {
    let count = 0;
    for (const file of args) {
      for (const d of await ls.doValidation(open(file), false)) {
        const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
        console.log(`${where}: ${severities[d.severity] || d.severity}: ${d.message}`);
        count++;
      }
    }
    console.log(`yaml-language-server: ${args.length} file(s), ${count} diagnostic(s)`);
  } else if (command === "complete" || command === "hover") {
    const [file, line, column] = args;
    const position = { line: Number(line) - 1, character: Number(column) - 1 };
    const document = open(file);
    if (command === "complete") {
      const list = await ls.doComplete(document, position, false);
      for (const item of list.items) console.log(item.label);
    } else {
      const hover = await ls.doHover(document, position);
      console.log(hover ? hover.contents.value || JSON.stringify(hover.contents) : "");
    }
  } else {
    console.error("usage: yaml-language-server.cjs validate FILE... | complete|hover FILE LINE COLUMN");
    process.exit(2);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(2);
});
