#!/usr/bin/env node
// The browser edition gives the CLI's answers: every example and every input file a golden case
// names, through `routekaart check --format json` and `routekaart spec` (in Dutch, English and
// the file's own language), and the rating files through `ratings` (JSON, Markdown, text, plot)
// and `agenda`, run by the binary and by window.routekaart in the page on the same bytes. Output,
// messages (standard error) and exit code must be the same; only the version field is ignored.
//   node tests/web/api.cjs ROUTEKAART_BINARY PAGE.html
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const os = require("os");
const { openPage } = require("./browser.cjs");

const [binary, pagePath] = process.argv.slice(2).map((p) => path.resolve(p));
const root = path.resolve(__dirname, "../..");
process.chdir(root);

// The CLI in a plain environment: English unless --lang says otherwise.
const env = Object.assign({}, process.env, { LANG: "C", LC_ALL: "C", NO_COLOR: "1" });
for (const name of ["ROUTEKAART_LANG", "LANGUAGE", "LC_MESSAGES"]) delete env[name];
function cli(args) {
  const r = spawnSync(binary, args, { env, encoding: "buffer", maxBuffer: 64 << 20 });
  return { output: r.stdout.toString("utf8"), messages: r.stderr.toString("utf8"), exit: r.status };
}
const versionless = (text) => text.replace(/("version": )"[^"]*"/, '$1"X"');

// Every example, and every existing YAML file a golden case names.
const inputs = new Set(fs.readdirSync("examples").filter((f) => /\.ya?ml$/.test(f)).map((f) => `examples/${f}`));
for (const c of fs.readdirSync("tests/golden")) {
  const cmd = path.join("tests/golden", c, "cmd");
  if (!fs.existsSync(cmd)) continue;
  for (const m of fs.readFileSync(cmd, "utf8").matchAll(/[A-Za-z0-9_.\/-]+\.ya?ml/g))
    if (fs.existsSync(m[0]) && fs.statSync(m[0]).isFile()) inputs.add(m[0]);
}
const files = [...inputs].sort();
const b64 = (file) => fs.readFileSync(file).toString("base64");

const ratingSets = {
  none: [],
  team: ["tests/files/ratings/team/r3-leerplicht.yaml", "tests/files/ratings/team/r4-jeugdarts.yml"],
  duplicate: ["tests/files/ratings/team/r3-leerplicht.yaml", "tests/files/ratings/duplicate/r2-again.yaml"],
  invalid: ["tests/files/ratings/invalid/bad-scores.yaml"],
};
// --plot writes into a fresh temporary folder of this test's own.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "routekaart-web-api-"));
// tests/files/ has a ratings/ folder, which the CLI reads by itself for a file beside it (the team
// folder convention) and the page cannot see: that file is compared from a folder of its own.
const minimal = path.join(scratch, "valid-minimal.yaml");
fs.copyFileSync("tests/files/valid-minimal.yaml", minimal);
const interventions = ["examples/nieuw-team.yaml", minimal,
  ...fs.readdirSync("tests/files/ratings").filter((f) => /\.yaml$/.test(f)).map((f) => `tests/files/ratings/${f}`)];
const plotFile = path.join(scratch, "plot.svg");

(async () => {
  const { browser, page, failures } = await openPage(pagePath);
  let compared = 0;
  const mismatches = [];
  function compare(what, expected, got) {
    ++compared;
    for (const key of ["output", "messages", "exit"]) {
      const e = key === "output" ? versionless(expected[key]) : expected[key];
      const g = key === "output" ? versionless(got[key]) : got[key];
      if (e === g) continue;
      let at = 0;
      while (String(e)[at] === String(g)[at]) ++at;
      mismatches.push(`${what}: ${key} differs at character ${at}:\n  cli:  ${JSON.stringify(String(e).slice(Math.max(0, at - 40), at + 80))}\n  page: ${JSON.stringify(String(g).slice(Math.max(0, at - 40), at + 80))}`);
    }
  }
  const call = (fn, args) => page.evaluate((fn, args) => {
    const bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
    routekaart.language = "en";
    if (fn === "ratings") return routekaart.ratings(args.texts.map(bytes), args.options);
    return routekaart[fn](bytes(args.text), args.options);
  }, fn, args);

  for (const file of files) {
    for (const lang of ["nl", "en", ""]) {
      const langArgs = lang ? ["--lang", lang] : [];
      const options = { name: file, lang };
      compare(`check ${file} ${lang}`, cli(["check", file, "--format", "json", ...langArgs]),
        await call("check", { text: b64(file), options }));
      compare(`spec ${file} ${lang}`, cli(["spec", file, ...langArgs]),
        await call("spec", { text: b64(file), options }));
    }
  }
  for (const file of interventions)
    for (const [set, ratings] of Object.entries(ratingSets))
      for (const format of ["json", "markdown", "text", "plot", "agenda"])
        for (const lang of ["nl", "en"]) {
          const ratingArgs = ratings.flatMap((r) => ["--ratings", r]);
          const args = format === "agenda" ? ["agenda", file, ...ratingArgs, "--lang", lang]
            : format === "plot" ? ["ratings", file, ...ratingArgs, "--lang", lang, "--plot", plotFile, "--force"]
            : ["ratings", file, ...ratingArgs, "--format", format, "--lang", lang];
          const expected = cli(args);
          if (format === "plot") {
            // The SVG from the file --plot wrote; the report on standard output is not compared.
            const ok = expected.exit === 0;
            expected.output = ok ? fs.readFileSync(plotFile, "utf8") : "";
            if (ok) expected.messages = "";
            fs.rmSync(plotFile, { force: true });
          }
          compare(`${format} ${file} + ${set} ${lang}`, expected, await call("ratings", {
            texts: [file, ...ratings].map(b64), options: { format, lang, names: [file, ...ratings] } }));
        }
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
  for (const m of mismatches.slice(0, 20)) console.log(m);
  for (const f of failures) console.log(f);
  console.log(`web/api: ${compared} answers compared over ${files.length} files; ${mismatches.length} differ; ${failures.length} page failures`);
  process.exit(mismatches.length || failures.length || compared < 500 ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
