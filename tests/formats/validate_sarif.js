// Validates SARIF files against the OASIS SARIF 2.1.0 JSON Schema (draft-04), and checks what
// the schema cannot: every result's ruleIndex points at the rule with its ruleId.
//   node validate_sarif.js SCHEMA FILE.sarif...
// Exit 0 when every file is valid, 1 otherwise (each problem is printed).
'use strict';
const fs = require('fs');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate_sarif.js SCHEMA FILE.sarif...');
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    failed++;
    continue;
  }
  const problems = [];
  if (!validate(doc)) {
    for (const e of validate.errors) problems.push(`${e.instancePath || '/'} ${e.message}`);
  }
  for (const run of doc.runs || []) {
    const rules = run.tool.driver.rules || [];
    (run.results || []).forEach((r, i) => {
      if (r.ruleIndex === undefined || !rules[r.ruleIndex] || rules[r.ruleIndex].id !== r.ruleId)
        problems.push(`/results/${i}: ruleIndex ${r.ruleIndex} does not point at ${r.ruleId}`);
    });
  }
  if (problems.length) {
    failed++;
    for (const p of problems) console.error(`${file}: ${p}`);
  } else {
    const results = (doc.runs || []).reduce((n, run) => n + (run.results || []).length, 0);
    console.log(`${file}: valid SARIF 2.1.0 (${results} results)`);
  }
}
process.exit(failed ? 1 : 0);
