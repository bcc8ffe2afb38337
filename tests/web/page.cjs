#!/usr/bin/env node
// The browser edition's three views, driven as a team member would, in Debian's Chromium:
//   - the language follows the browser (Dutch, English) and can be switched;
//   - Rate: a half-filled form survives a reload; "save" downloads a rating file that the CLI
//     reads without a problem (`ratings --ratings FILE`, exit 0; `validate` on it as an entry of
//     an intervention file's `ratings:`) with the scores clicked;
//   - Team: rating files chosen in the page give the CLI's `ratings` text, plot and `agenda`;
//   - Check: an opened file is checked, a click on a finding puts the cursor on its line and
//     column, typing re-checks, the specification and report downloads are the CLI's;
//   - every control is reached with Tab, the tabs switch with the arrow keys;
//   - axe-core finds no serious or critical accessibility violation in any view;
//   - no network request, page error or CSP violation anywhere.
// Screenshots of each view in both languages go to SHOTS (for review, and for the README).
//   node tests/web/page.cjs ROUTEKAART_BINARY PAGE.html SHOTS
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { openPage, allowDownloads } = require("./browser.cjs");

const [binary, pagePath, shots] = process.argv.slice(2).map((p) => path.resolve(p));
const root = path.resolve(__dirname, "../..");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
fs.mkdirSync(shots, { recursive: true });
// Downloads and the CLI's comparison files go to a fresh temporary folder of this test's own.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "routekaart-web-page-"));

const env = Object.assign({}, process.env, { LANG: "C", LC_ALL: "C", NO_COLOR: "1" });
delete env.ROUTEKAART_LANG;
function cli(args, cwd = root) {
  const r = spawnSync(binary, args, { cwd, env, encoding: "utf8" });
  return { output: r.stdout, messages: r.stderr, exit: r.status };
}

const problems = [];
function expect(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(what);
}

async function waitForDownload(name, timeout = 10000) {
  const file = path.join(scratch, name);
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, "utf8");
      if (text.length) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function axe(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.log(`     axe ${v.impact} ${v.id}: ${v.nodes.join(", ")}`);
  expect(bad.length === 0, `axe: no serious or critical violation in ${what} (${result.length} minor)`);
}

// Tabs through the page from the top and returns the ids (or descriptions) of what got focus.
async function tabOrder(page) {
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  const seen = [];
  for (let i = 0; i < 200; ++i) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const e = document.activeElement;
      return e === document.body ? "" : e.id || e.name || e.textContent.trim().slice(0, 30);
    });
    if (seen.includes(id) && id === seen[0]) break;
    seen.push(id);
  }
  return seen;
}

// Every visible control of the current view: one per radio group.
async function controls(page) {
  return page.evaluate(() => {
    const out = new Set();
    for (const e of document.querySelectorAll("button, input, select, textarea, [tabindex='0']")) {
      if (e.closest("[hidden]") || e.disabled) continue;
      if (e.getAttribute("role") === "tab" && e.tabIndex < 0) continue;  // reached with the arrow keys
      if (e.type === "radio") { if (e.checked) out.add(e.id); continue; }
      out.add(e.id || e.name || e.textContent.trim().slice(0, 30));
    }
    return [...out];
  });
}

async function keyboard(page, view) {
  const reached = await tabOrder(page);
  const missing = (await controls(page)).filter((c) => !reached.includes(c));
  expect(missing.length === 0, `keyboard: every control of ${view} is reached with Tab${missing.length ? ` (not: ${missing.join(", ")})` : ""}`);
}

(async () => {
  // ---- Dutch from the browser, switchable to English ----------------------------------------
  {
    const { browser, page, failures } = await openPage(pagePath, { lang: "nl-NL" });
    expect(await page.$eval("#tab-rate", (e) => e.textContent) === "Beoordelen", "a Dutch browser gets the Dutch page");
    expect(await page.$eval("html", (e) => e.lang) === "nl", "<html lang> follows the language");
    const keys = await page.evaluate(() => [Object.keys(ROUTEKAART_TEXTS.nl).sort(), Object.keys(ROUTEKAART_TEXTS.en).sort()]);
    expect(JSON.stringify(keys[0]) === JSON.stringify(keys[1]), "web/texts.js: Dutch and English have the same texts");
    const untranslated = await page.evaluate(() => [...document.querySelectorAll("[data-t]")]
      .filter((e) => !ROUTEKAART_TEXTS.nl[e.dataset.t]).map((e) => e.dataset.t));
    expect(untranslated.length === 0, `every text the page names exists (${untranslated.join(", ")})`);
    await page.select("#language", "en");
    expect(await page.$eval("#tab-rate", (e) => e.textContent) === "Rate", "the language can be switched to English");
    expect((await page.$eval("#rate-signposts legend", (e) => e.textContent)).startsWith("1. "), "the rating form is rebuilt in English");
    for (const f of failures) expect(false, f);
    await browser.close();
  }

  const { browser, page, url, failures } = await openPage(pagePath, { lang: "en-GB" });
  await allowDownloads(browser, scratch);
  expect(await page.$eval("#tab-rate", (e) => e.textContent) === "Rate", "an English browser gets the English page");

  // ---- Rate ---------------------------------------------------------------------------------
  await page.type("#rate-rater", "Fatima (mentor)");
  await page.type("#rate-role", "Mentor");
  await page.click("label[for='importance-1-5']");
  await page.click("label[for='attention-1-2']");
  await page.click("label[for='importance-7-4']");
  await page.type("#comment-7", "Needs a talk with the youth doctor");
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  const kept = await page.evaluate(() => [document.getElementById("rate-rater").value,
    document.getElementById("importance-1-5").checked, document.getElementById("attention-1-2").checked,
    document.getElementById("comment-7").value]);
  expect(JSON.stringify(kept) === JSON.stringify(["Fatima (mentor)", true, true, "Needs a talk with the youth doctor"]),
    "a half-filled rating form survives a reload");
  await page.click("label[for='attention-7-1']");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "rate-en.png"), fullPage: false });
  await keyboard(page, "Rate");
  await axe(page, "Rate");
  await page.click("#rate-save");
  const date = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; });
  const ratingName = `fatima-mentor-${date}.yaml`;
  const rating = await waitForDownload(ratingName);
  expect(rating !== null, `"save" downloads ${ratingName}`);
  if (rating !== null) {
    const file = path.join(scratch, ratingName);
    const read = cli(["ratings", "tests/files/ratings/team.yaml", "--ratings", file, "--format", "json"]);
    expect(read.exit === 0 && read.messages === "", `the CLI reads the downloaded rating file without a problem (exit ${read.exit}) ${read.messages}`);
    // `validate` checks intervention files; a rating file is the shape of one entry of their
    // `ratings:`, so the downloaded file goes in as one.
    const entry = rating.split("\n").filter((l) => l && !l.startsWith("#")).map((l, i) => (i ? "    " : "  - ") + l).join("\n");
    const withRating = path.join(scratch, "with-rating.yaml");
    fs.writeFileSync(withRating, `${fs.readFileSync(path.join(root, "tests/files/valid-minimal.yaml"), "utf8")}ratings:\n${entry}\n`);
    const validated = cli(["validate", withRating]);
    expect(validated.exit === 0, `\`routekaart validate\` accepts the rating as an entry of an intervention file's ratings: (exit ${validated.exit}) ${validated.exit ? validated.output : ""}`);
    const json = read.exit === 0 ? JSON.parse(read.output) : { ratings: [] };
    const raters = JSON.stringify(json).includes('"Fatima (mentor)"');
    expect(raters, "the CLI sees the rater");
    expect(/^  1: \{importance: 5, attention: 2\}$/m.test(rating) && /^  7: \{importance: 4, attention: 1\}$/m.test(rating),
      "the file holds the scores clicked");
    expect(rating.includes("# 7: Needs a talk with the youth doctor"), "the comment is kept in the file");
    expect(await page.$eval("#rate-text", (e) => e.value) === rating, "the page shows the file's text for copying");
    expect(await page.evaluate(() => localStorage.getItem("routekaart.rate.draft")) === null, "the draft is cleared once saved");
  }

  // ---- Team ---------------------------------------------------------------------------------
  await page.click("#tab-team");
  const flat = path.join(scratch, "team");
  fs.mkdirSync(flat);
  const teamFiles = ["tests/files/ratings/team.yaml", "tests/files/ratings/team/r3-leerplicht.yaml", "tests/files/ratings/team/r4-jeugdarts.yml"];
  for (const f of teamFiles) fs.copyFileSync(path.join(root, f), path.join(flat, path.basename(f)));
  const input = await page.$("#team-files");
  await input.uploadFile(...teamFiles.map((f) => path.join(root, f)));
  await page.waitForFunction(() => !document.getElementById("team-result").hidden, { timeout: 10000 });
  const cliArgs = ["team.yaml", "--ratings", "r3-leerplicht.yaml", "--ratings", "r4-jeugdarts.yml", "--lang", "en"];
  const summary = cli(["ratings", ...cliArgs], flat);
  expect(await page.$eval("#team-summary", (e) => e.textContent) === summary.output, "Team shows the CLI's `ratings` for the files chosen");
  expect((await page.$eval("#team-plot", (e) => e.src)).startsWith("data:image/svg+xml"), "Team shows the plot");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "team-en.png"), fullPage: false });
  await keyboard(page, "Team");
  await axe(page, "Team");
  await page.click("#team-agenda");
  const agenda = await waitForDownload("agenda.md");
  expect(agenda === cli(["agenda", ...cliArgs], flat).output, "the agenda download is the CLI's `agenda`");

  // Without the intervention file the ratings are still summarised, with a note.
  await page.click("#team-list li:first-child button");
  await page.waitForFunction(() => !document.getElementById("team-no-intervention").hidden, { timeout: 5000 });
  const alone = await page.evaluate(() => [document.getElementById("team-result").hidden,
    document.getElementById("team-problems").hidden, document.getElementById("team-summary").textContent]);
  expect(!alone[0] && alone[1] && alone[2].includes("R3") && alone[2].includes("R4"),
    "without an intervention file Team still summarises the rating files, and says so");

  // ---- Check --------------------------------------------------------------------------------
  await page.click("#tab-check");
  page.on("dialog", (d) => d.accept());  // "replace the text in the editor?"
  const example = path.join(root, "examples/de-brug.yaml");
  await (await page.$("#check-file")).uploadFile(example);
  const finding = JSON.parse(cli(["check", example, "--format", "json", "--lang", "en"]).output).files[0].findings[0];
  // The template's findings are shown first; wait for those of the file.
  await page.waitForFunction((m) => (document.querySelector("#check-findings button") || {}).textContent?.includes(m),
    { timeout: 10000 }, finding.message);
  const lines = fs.readFileSync(example, "utf8").split("\n");
  const offset = lines.slice(0, finding.line - 1).reduce((n, l) => n + l.length + 1, 0) + finding.column - 1;
  await page.click("#check-findings button");
  const cursor = await page.evaluate(() => [document.activeElement.id, document.getElementById("check-editor").selectionStart]);
  expect(cursor[0] === "check-editor" && cursor[1] === offset,
    `a click on a finding puts the cursor on line ${finding.line}, column ${finding.column} (got ${cursor})`);
  // The same from the keyboard: Enter on the finding.
  await page.evaluate(() => document.getElementById("check-editor").setSelectionRange(0, 0));
  await page.focus("#check-findings button");
  await page.keyboard.press("Enter");
  const keyed = await page.evaluate(() => [document.activeElement.id, document.getElementById("check-editor").selectionStart]);
  expect(keyed[0] === "check-editor" && keyed[1] === offset, `Enter on a finding does the same (got ${keyed})`);
  await page.click("#check-spec");
  const spec = await waitForDownload("de-brug-spec.md");
  expect(spec === cli(["spec", "de-brug.yaml", "--lang", "en"], path.join(root, "examples")).output, "the specification download is the CLI's `spec`");
  await page.click("#check-report");
  const report = await waitForDownload("de-brug-report.html");
  const cliReport = cli(["check", "de-brug.yaml", "--lang", "en", "--format", "html"], path.join(root, "examples")).output;
  expect(report === cliReport, "the report download is the CLI's `check --format html`");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "check-en.png"), fullPage: false });
  await keyboard(page, "Check");
  await axe(page, "Check");
  // Typing re-checks: a key the format does not know gives RK003 on the new last line.
  await page.focus("#check-editor");
  await page.keyboard.down("Control");
  await page.keyboard.press("End");
  await page.keyboard.up("Control");
  // The example ends in a newline, so the cursor is at the start of the last (empty) line.
  await page.keyboard.type("unknown_key: 1");
  const newLine = lines.length;
  await page.waitForFunction((line) => [...document.querySelectorAll("#check-findings button")]
    .some((b) => b.textContent.includes("[RK003]") && b.textContent.includes(`line ${line},`)), { timeout: 5000 }, newLine)
    .then(() => expect(true, "typing re-checks (RK003 on the new line)"), () => expect(false, "typing re-checks (RK003 on the new line)"));

  // ---- Keyboard: arrow keys move between the tabs --------------------------------------------
  await page.focus("#tab-check");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement.id === "tab-rate" && !document.getElementById("view-rate").hidden),
    "ArrowRight on the last tab goes to the first");

  // ---- Dutch screenshots ------------------------------------------------------------------------
  await page.select("#language", "nl");
  for (const view of ["rate", "team", "check"]) {
    await page.click(`#tab-${view}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${view}-nl.png`), fullPage: false });
  }
  await axe(page, "Check (Dutch)");

  // ---- The Content-Security-Policy blocks requests the page might be tricked into ---------------
  const blocked = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
    const fetched = await Promise.all(["https://example.invalid/", "routekaart.html"].map((u) =>
      fetch(u).then(() => "fetched", () => "blocked")));
    const image = new Image();
    image.src = "https://example.invalid/x.png";
    await new Promise((r) => { image.onerror = r; image.onload = r; });
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violations: violations.sort() };
  });
  expect(JSON.stringify(blocked) === JSON.stringify({ fetched: ["blocked", "blocked"], violations: ["connect-src", "connect-src", "img-src"] }),
    `the CSP blocks fetch to a server and to a file, and images from a server (${JSON.stringify(blocked)})`);
  // Those three were provoked on purpose; anything else counts.
  const unexpected = failures.filter((f) => !f.includes("example.invalid") && !f.includes(`Fetch API cannot load ${url}.`) &&
    !f.includes(`Connecting to '${url}' violates`));

  for (const f of unexpected) expect(false, f);
  expect(unexpected.length === 0, "no network request, page error or CSP violation");
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`web/page: ${problems.length} of the checks failed; screenshots in ${shots}`);
  process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
