// Validates many YAML or JSON files against one JSON Schema (draft 2020-12) with ajv, in a
// single Node.js process. Prints "<0|1>\t<file>" per file: 0 valid, 1 invalid or unreadable.
// Usage: node validate-json.cjs SCHEMA.json FILE...
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");
const Ajv2020 = require("ajv/dist/2020").default;

const [schemaFile, ...files] = process.argv.slice(2);
if (!schemaFile || files.length === 0) {
  console.error("usage: node validate-json.cjs SCHEMA.json FILE...");
  process.exit(2);
}
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

for (const file of files) {
  let result = 1;
  try {
    const text = fs.readFileSync(file, "utf8");
    const data = /\.ya?ml$/i.test(file) ? yaml.load(text) : JSON.parse(text);
    if (validate(data)) result = 0;
    else if (process.env.VALIDATE_JSON_VERBOSE) console.error(file, ajv.errorsText(validate.errors));
  } catch (error) {
    if (process.env.VALIDATE_JSON_VERBOSE) console.error(file, error.message);
  }
  console.log(`${result}\t${file}`);
}
