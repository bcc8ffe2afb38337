// Shared by the browser edition's tests and benchmark: Debian's Chromium driven by
// puppeteer-core (no browser download), the page opened from file://, and every request that
// is not the page itself (or a data:/blob: URL it makes) recorded as a failure, as are page
// errors and Content-Security-Policy violations.
"use strict";
const path = require("path");
const { pathToFileURL } = require("url");
const puppeteer = require("puppeteer-core");

const chromium = process.env.ROUTEKAART_CHROMIUM || "/usr/bin/chromium";

async function openPage(pagePath, { lang = "en-US", width = 1280, height = 900 } = {}) {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // Chromium's sandbox needs user namespaces, which CI containers (running as root) lack.
    args: ["--no-sandbox", `--lang=${lang}`, "--no-first-run", "--disable-gpu"],
    env: Object.assign({}, process.env, { LANGUAGE: lang.replace("-", "_"), LANG: "C.UTF-8" }),
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.evaluateOnNewDocument((l) => {
    Object.defineProperty(navigator, "languages", { get: () => [l] });
    Object.defineProperty(navigator, "language", { get: () => l });
  }, lang);
  const url = pathToFileURL(path.resolve(pagePath)).href;
  const failures = [];
  page.on("request", (request) => {
    const u = request.url();
    if (u === url || u.startsWith(url + "#") || u.startsWith("data:") || u.startsWith("blob:")) return;
    failures.push(`network request: ${request.method()} ${u}`);
  });
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || /Content.Security.Policy/i.test(text))
      failures.push(`console ${message.type()}: ${text}`);
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "true", { timeout: 20000 });
  return { browser, page, url, failures, openedIn: Date.now() - started };
}

// Lets Chromium save downloads into `folder` (a fresh temporary folder of the caller's).
async function allowDownloads(browser, folder) {
  const session = await browser.target().createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: folder, eventsEnabled: true });
}

module.exports = { openPage, allowDownloads };
