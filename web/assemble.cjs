#!/usr/bin/env node
// Puts the browser edition into one file: web/page.html with web/page.css, and one script of
// web/texts.js, the emscripten glue, the WebAssembly gzip-compressed as base64
// (ROUTEKAART_WASM) and web/page.js.
// The Content-Security-Policy allows exactly that script and that style (by their SHA-256),
// WebAssembly compiled from those bytes, and images from data: URLs (the plot); every request
// to a network or file is forbidden (default-src 'none', connect-src 'none').
//   node web/assemble.cjs GLUE.js CORE.wasm OUT.html
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const zlib = require("zlib");

const [glueFile, wasmFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error("usage: node web/assemble.cjs GLUE.js CORE.wasm OUT.html");
  process.exit(2);
}
const here = __dirname;
const read = (name) => fs.readFileSync(path.join(here, name), "utf8");
// gzip-compressed: the page unpacks it with the browser's DecompressionStream.
const wasm = zlib.gzipSync(fs.readFileSync(wasmFile), { level: 9 }).toString("base64");
const script = [
  read("texts.js"),
  fs.readFileSync(glueFile, "utf8"),
  `const ROUTEKAART_WASM = "${wasm}";`,
  read("page.js"),
].join("\n")
  // "</script" would end the element early; "<\/" means the same inside JavaScript strings.
  .replace(/<\/(script)/gi, "<\\/$1");
const style = read("page.css");
const hash = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(style)}`,
  "img-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");
let page = read("page.html");
for (const [key, value] of [["@CSP@", csp], ["@STYLE@", style], ["@SCRIPT@", script]]) {
  if (!page.includes(key)) throw new Error(`web/page.html has no ${key}`);
  page = page.replace(key, () => value);
}
const tmp = `${outFile}.tmp-${process.pid}`;
fs.writeFileSync(tmp, page);
fs.renameSync(tmp, outFile);
console.error(`web: ${outFile}: ${(page.length / 1024 / 1024).toFixed(2)} MB`);
