#!/usr/bin/env node
// The browser edition's benchmark (not a test: the figures depend on the machine): in headless
// Chromium, opened from file://,
//   - the time until the page is ready to check (WebAssembly unpacked and compiled), median of
//     5 loads; goal: under 1 s;
//   - re-checking a 301-line intervention file (examples/de-brug.yaml, one character changed
//     each time) as the Check view does on every keystroke: the core's check, the JSON and the
//     findings and signpost lists rebuilt; median and 90th percentile of 200; goal: median under
//     16 ms (one frame at 60 Hz); also the API call alone (routekaart.check);
//   - the size of routekaart.html; goal: under 2 MB.
//   NODE_PATH=tests/tools/node_modules node bench/web.cjs [PAGE.html]
// (default build-web/routekaart.html; tools/quickstart web builds it). Prints a Markdown table.
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
const { openPage } = require(path.join(root, "tests/web/browser.cjs"));

const pagePath = path.resolve(process.argv[2] || path.join(root, "build-web/routekaart.html"));
const text = fs.readFileSync(path.join(root, "examples/de-brug.yaml"), "utf8");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.9)]; };

(async () => {
  const ready = [];
  let last;
  for (let i = 0; i < 5; ++i) {
    if (last) await last.browser.close();
    last = await openPage(pagePath);
    ready.push(await last.page.evaluate(() => routekaart.readyAfter));
  }
  const { browser, page, failures } = last;
  await page.click("#tab-check");
  const result = await page.evaluate(async (text) => {
    const editor = document.getElementById("check-editor");
    const view = [], call = [];
    for (let i = 0; i < 220; ++i) {
      // One character changed, as a keystroke would: a different name each time.
      editor.value = text.replace("De Brug", `De Brug ${i}`);
      editor.dispatchEvent(new Event("input"));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (i >= 20) view.push(routekaart.lastCheckMs);  // the first runs warm the engine up
      const start = performance.now();
      JSON.parse(routekaart.check(editor.value).output);
      if (i >= 20) call.push(performance.now() - start);
    }
    return { view, call, lines: text.split("\n").length - 1 };
  }, text);
  await browser.close();
  const bytes = fs.statSync(pagePath).size;
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log("| measure | result | goal |");
  console.log("|---|---|---|");
  console.log(`| ready to check after opening (median of 5) | ${ms(median(ready))} | < 1000 ms |`);
  console.log(`| re-check of a ${result.lines}-line file in the Check view, median (p90) | ${ms(median(result.view))} (${ms(p90(result.view))}) | < 16 ms |`);
  console.log(`| routekaart.check + JSON.parse alone, median (p90) | ${ms(median(result.call))} (${ms(p90(result.call))}) | |`);
  console.log(`| size of routekaart.html | ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes) | < 2 MB |`);
  if (failures.length) {
    for (const f of failures) console.error(f);
    process.exit(1);
  }
})().catch((e) => { console.error(e); process.exit(1); });
