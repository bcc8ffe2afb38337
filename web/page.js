// The browser edition's page: the JavaScript API (window.routekaart) over the core compiled to
// WebAssembly (web/api.cpp), and the three views (Rate, Team, Check). web/assemble.cjs puts this
// file after texts.js, the emscripten glue and ROUTEKAART_WASM (the WebAssembly as base64).
"use strict";
(function () {
  // ---- The API: the CLI's answers on text in memory ----------------------------------------
  let core = null;
  const encoder = new TextEncoder();

  function bytesOf(text) {
    return typeof text === "string" ? encoder.encode(text) : new Uint8Array(text);
  }
  // A NUL-terminated copy of `bytes` in the module's memory; the caller frees it.
  function alloc(bytes) {
    const ptr = core._malloc(bytes.length + 1);
    core.HEAPU8.set(bytes, ptr);
    core.HEAPU8[ptr + bytes.length] = 0;
    return ptr;
  }
  // Calls `name` with string arguments after staging `inputs` ([name, text or bytes] pairs).
  function call(name, inputs, args) {
    if (!core) throw new Error("routekaart is not ready yet: await routekaart.ready");
    const held = [];
    try {
      for (const [file, text] of inputs) {
        const bytes = bytesOf(text);
        const namePtr = alloc(encoder.encode(file));
        const bytesPtr = alloc(bytes);
        held.push(namePtr, bytesPtr);
        core._rk_input(namePtr, bytesPtr, bytes.length);
      }
      const argPtrs = args.map((a) => {
        if (typeof a === "number") return a;
        const p = alloc(encoder.encode(a));
        held.push(p);
        return p;
      });
      return JSON.parse(core.UTF8ToString(core["_" + name](...argPtrs)));
    } finally {
      for (const p of held) core._free(p);
    }
  }

  const api = {
    /** The page's language, "nl" or "en": the default of every call. */
    language: "en",
    /** The version of the core. */
    version: "",
    /** `routekaart check FILE --format FORMAT [--lang LANG]`: {output, messages, exit}. */
    check(text, options = {}) {
      const o = options;
      return call("rk_check", [[o.name || "intervention.yaml", text]], [
        o.format || "json", o.lang || "", api.language]);
    },
    /** `routekaart spec FILE [--lang LANG]`: the Markdown in output. */
    spec(text, options = {}) {
      const o = options;
      return call("rk_spec", [[o.name || "intervention.yaml", text]], [o.lang || "", api.language]);
    },
    /** `routekaart ratings TEXTS[0] --ratings TEXTS[1] ... --format FORMAT`; format "plot" gives
     * the SVG of --plot. names: the file names, in the same order. */
    ratings(texts, options = {}) {
      const o = options;
      const names = o.names || texts.map((_, i) => (i === 0 ? "intervention.yaml" : `rating-${i}.yaml`));
      return call("rk_ratings", texts.map((t, i) => [names[i], t]), [
        o.format || "json", o.lang || "", api.language, o.crosshair === "midpoint" ? 1 : 0]);
    },
    /** `routekaart agenda TEXTS[0] --ratings TEXTS[1] ...`. */
    agenda(texts, options = {}) {
      return api.ratings(texts, Object.assign({}, options, { format: "agenda" }));
    },
    /** The signposts (number, title, short_title, summary) and the rating scale's words. */
    signposts(lang) {
      return call("rk_signposts", [], [lang || api.language]);
    },
    /** A rating file as `routekaart rate` writes it. scores: {number: {importance, attention,
     * comment}}. */
    ratingFile(rating, options = {}) {
      const lines = [[ "rater", rating.rater || "" ], [ "role", rating.role || "" ], [ "date", rating.date || "" ]];
      for (const [number, s] of Object.entries(rating.scores || {}))
        lines.push(["score", `${number} ${s.importance || 0} ${s.attention || 0} ${(s.comment || "").replace(/\s+/g, " ").trim()}`]);
      return call("rk_rating_file", lines, [options.lang || api.language,
        options.intervention || "intervention.yaml"]).output;
    },
    /** `routekaart init`: a valid intervention file to start from. */
    template(lang) {
      return call("rk_template", [], [lang || api.language]).output;
    },
  };

  api.ready = (async () => {
    // The WebAssembly is stored gzip-compressed (a third of its size); the browser unpacks it.
    const packed = Uint8Array.from(atob(ROUTEKAART_WASM), (c) => c.charCodeAt(0));
    const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
    const binary = new Uint8Array(await new Response(stream).arrayBuffer());
    core = await createRoutekaartCore({ wasmBinary: binary, print() {}, printErr() {} });
    api.version = core.UTF8ToString(core._rk_version());
    api.readyAfter = performance.now();  // milliseconds since the page started loading
    return api;
  })();
  window.routekaart = api;

  // ---- The page ------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  const T = ROUTEKAART_TEXTS;
  let lang = "en";
  const stored = (key) => { try { return localStorage.getItem(key); } catch { return null; } };
  const store = (key, value) => {
    try { value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value); } catch { /* private mode */ }
  };
  function t(key, values = {}) {
    const text = T[lang][key] || T.en[key] || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
  }
  function el(tag, attributes = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) {
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== false && v !== undefined) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) e.append(c);
    return e;
  }
  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  function today() {
    const d = new Date();
    const two = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  }
  // model::rater_slug: lowercase ASCII letters and digits joined by '-'.
  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "rater";
  }
  function readFile(file) {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  function dropTarget(zone, onFiles) {
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      if (e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
    });
  }

  // Tabs: arrow keys move between them, Enter and Space (the buttons' own) choose.
  const views = ["rate", "team", "check"];
  function show(view, focus) {
    for (const v of views) {
      const tab = $(`tab-${v}`);
      tab.setAttribute("aria-selected", String(v === view));
      tab.tabIndex = v === view ? 0 : -1;
      $(`view-${v}`).hidden = v !== view;
    }
    if (focus) $(`tab-${view}`).focus();
    store("routekaart.view", view);
    if (view === "check") recheck();
    if (view === "team") renderTeam();
  }

  function applyLanguage(next) {
    lang = next;
    api.language = next;
    document.documentElement.lang = next;
    $("language").value = next;
    for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
    for (const e of document.querySelectorAll("[data-t-label]")) e.setAttribute("aria-label", t(e.dataset.tLabel));
    buildRateForm();
    renderTeam();
    recheck();
  }

  // ---- Rate ----------------------------------------------------------------------------------
  const draftKey = "routekaart.rate.draft";
  function rateDraft() {
    const form = $("rate-form");
    const draft = { rater: form.rater.value, role: form.role.value, intervention: form.intervention.value, scores: {} };
    for (const fs of form.querySelectorAll("fieldset[data-number]")) {
      const n = fs.dataset.number;
      const value = (kind) => Number((fs.querySelector(`input[name="${kind}-${n}"]:checked`) || {}).value || 0);
      const comment = fs.querySelector("textarea").value;
      const s = { importance: value("importance"), attention: value("attention"), comment };
      if (s.importance || s.attention || comment) draft.scores[n] = s;
    }
    return draft;
  }
  // A signpost's summary as a one-line explanation (its first sentence), the rest folded away.
  function explanation(summary) {
    const [first, ...rest] = summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (!rest.length) return [el("p", { text: first })];
    return [el("p", { text: first }),
      el("details", {}, el("summary", { text: t("rate.more") }), el("p", { text: rest.join(" ") }))];
  }
  function buildRateForm() {
    if (!core) return;
    const keep = $("rate-signposts").childElementCount ? rateDraft() : JSON.parse(stored(draftKey) || "null");
    const words = api.signposts(lang);
    $("rate-scale").textContent = words.scale;
    const box = $("rate-signposts");
    box.replaceChildren();
    for (const s of words.signposts) {
      const n = s.number;
      const scale = (kind, label) => {
        const group = el("fieldset", { class: "scale" }, el("legend", { text: label }));
        for (let v = 0; v <= 5; ++v) {
          const id = `${kind}-${n}-${v}`;
          group.append(el("label", { for: id },
            el("input", { type: "radio", id, name: `${kind}-${n}`, value: String(v), checked: v === 0 }),
            ` ${v === 0 ? t("rate.none") : v}`));
        }
        return group;
      };
      box.append(el("fieldset", { "data-number": String(n) },
        el("legend", { text: `${n}. ${s.title}` }),
        ...explanation(s.summary),
        scale("importance", words.importance),
        scale("attention", words.attention),
        el("p", {}, el("label", { for: `comment-${n}`, text: t("rate.comment", { number: n }) })),
        el("textarea", { id: `comment-${n}`, rows: "2" })));
    }
    if (keep) fillRateForm(keep);
  }
  function fillRateForm(draft) {
    const form = $("rate-form");
    form.rater.value = draft.rater || "";
    form.role.value = draft.role || "";
    form.intervention.value = draft.intervention || "";
    for (const [n, s] of Object.entries(draft.scores || {})) {
      for (const kind of ["importance", "attention"]) {
        const input = $(`${kind}-${n}-${s[kind] || 0}`);
        if (input) input.checked = true;
      }
      const comment = $(`comment-${n}`);
      if (comment) comment.value = s.comment || "";
    }
  }
  function saveRating(event) {
    event.preventDefault();
    const draft = rateDraft();
    $("rate-problem").textContent = "";
    if (!draft.rater.trim()) {
      $("rate-problem").textContent = t("rate.need_rater");
      $("rate-rater").focus();
      return;
    }
    if (!Object.values(draft.scores).some((s) => s.importance || s.attention)) {
      $("rate-problem").textContent = t("rate.need_score");
      return;
    }
    const date = today();
    const text = api.ratingFile({ rater: draft.rater.trim(), role: draft.role.trim(), date, scores: draft.scores },
      { lang, intervention: draft.intervention.trim() || "intervention.yaml" });
    const file = `${slug(draft.rater)}-${date}.yaml`;
    download(file, text, "text/yaml");
    store(draftKey, null);
    $("rate-saved").textContent = t("rate.saved", { file });
    $("rate-text").value = text;
    $("rate-done").hidden = false;
    $("rate-text").focus();
  }

  // ---- Team ----------------------------------------------------------------------------------
  const teamFiles = [];  // {name, bytes, kind: "intervention" | "rating"}
  const isRating = (bytes) => /^rater\s*:/m.test(new TextDecoder().decode(bytes));
  let teamAnswers = null;
  function teamInputs() {
    const intervention = teamFiles.find((f) => f.kind === "intervention");
    const ratings = teamFiles.filter((f) => f.kind === "rating");
    const first = intervention ? [intervention.name, intervention.bytes] : ["intervention.yaml", api.template(lang)];
    return [[first[1], ...ratings.map((f) => f.bytes)], { names: [first[0], ...ratings.map((f) => f.name)] }];
  }
  function renderTeam() {
    if (!core) return;
    const list = $("team-list");
    list.replaceChildren();
    for (const f of teamFiles)
      list.append(el("li", {}, `${f.name} (${t(`team.kind.${f.kind}`)})`,
        el("button", { type: "button", "aria-label": t("team.remove", { file: f.name }), text: "×",
          onclick: () => { teamFiles.splice(teamFiles.indexOf(f), 1); renderTeam(); } })));
    const hasRatings = teamFiles.some((f) => f.kind === "rating");
    $("team-empty").hidden = hasRatings;
    $("team-no-intervention").hidden = !hasRatings || teamFiles.some((f) => f.kind === "intervention");
    teamAnswers = null;
    $("team-problems").hidden = true;
    $("team-result").hidden = true;
    if (!hasRatings && !teamFiles.length) return;
    const [texts, options] = teamInputs();
    const summary = api.ratings(texts, Object.assign({ lang, format: "text" }, options));
    if (summary.exit !== 0) {
      $("team-problem-text").textContent = summary.messages;
      $("team-problems").hidden = false;
      return;
    }
    const plot = api.ratings(texts, Object.assign({ lang, format: "plot" }, options)).output;
    teamAnswers = { texts, options, plot };
    $("team-summary").textContent = summary.output;
    $("team-plot").src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(plot);
    $("team-plot").alt = t("team.plot");
    $("team-result").hidden = false;
  }
  async function addTeamFiles(files) {
    for (const file of files) {
      const bytes = await readFile(file);
      const kind = isRating(bytes) ? "rating" : "intervention";
      if (kind === "intervention") {
        const old = teamFiles.findIndex((f) => f.kind === "intervention");
        if (old >= 0) teamFiles.splice(old, 1);
      }
      const same = teamFiles.findIndex((f) => f.name === file.name);
      if (same >= 0) teamFiles.splice(same, 1);
      teamFiles.push({ name: file.name, bytes, kind });
    }
    renderTeam();
  }

  // ---- Check ---------------------------------------------------------------------------------
  const editorKey = "routekaart.check.text";
  const fileKey = "routekaart.check.name";
  let checkName = "intervention.yaml";
  let pending = false;
  function scheduleCheck() {
    store(editorKey, $("check-editor").value);
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; recheck(); });
  }
  function moveTo(line, column) {
    const editor = $("check-editor");
    const lines = editor.value.split("\n");
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); ++i) offset += lines[i].length + 1;
    const here = lines[Math.max(0, Math.min(line - 1, lines.length - 1))] || "";
    // Columns count characters as the core does (bytes of UTF-8): close enough for a cursor.
    offset += Math.max(0, Math.min(column - 1, here.length));
    editor.focus();
    editor.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }
  function recheck() {
    if (!core) return;
    const started = performance.now();
    const text = $("check-editor").value;
    const answer = api.check(text, { name: checkName, lang });
    const report = JSON.parse(answer.output);
    const file = report.files[0];
    const percent = file.coverage && file.coverage.percent;
    $("check-coverage").textContent = percent === null || percent === undefined
      ? t("check.no_coverage") : t("check.coverage", { percent: `${Math.round(percent)}%` });
    $("check-invalid").hidden = file.valid !== false;
    const findings = $("check-findings");
    findings.replaceChildren();
    for (const f of file.findings || []) {
      const where = t("check.where", { line: f.line, column: f.column });
      findings.append(el("li", {}, el("button", { type: "button", class: f.severity,
        onclick: () => moveTo(f.line, f.column) },
        `${t(`severity.${f.severity}`)}: ${f.message} [${f.rule}]`, el("span", { class: "where", text: where }))));
    }
    if (!findings.childElementCount) findings.append(el("li", { text: t("check.no_findings") }));
    const signposts = $("check-signposts");
    signposts.replaceChildren();
    const titles = api.signposts(lang).signposts;
    for (const s of file.signposts || []) {
      const title = (titles.find((x) => x.number === s.id) || {}).short_title || "";
      signposts.append(el("li", { text: `${s.id}. ${title}: ${s.status}` }));
    }
    // How long the last re-check took, check and view together (bench/web.cjs reads it).
    api.lastCheckMs = performance.now() - started;
  }
  function setEditor(text, name) {
    const editor = $("check-editor");
    if (editor.value.trim() && editor.value !== text && !confirm(t("check.replace"))) return;
    editor.value = text;
    checkName = name;
    store(fileKey, name);
    scheduleCheck();
  }
  async function openCheckFile(files) {
    const file = files[0];
    if (!file) return;
    setEditor(new TextDecoder().decode(await readFile(file)), file.name);
  }
  function checkDownload(kind) {
    const text = $("check-editor").value;
    const base = checkName.replace(/\.(ya?ml)$/i, "");
    $("check-problem").textContent = "";
    if (kind === "file") return download(checkName, text, "text/yaml");
    const answer = kind === "spec" ? api.spec(text, { name: checkName, lang })
      : api.check(text, { name: checkName, lang, format: "html" });
    if (!answer.output) {
      $("check-problem").textContent = t("check.cannot", { reason: answer.messages.trim() });
      return;
    }
    if (kind === "spec") download(`${base}-spec.md`, answer.output, "text/markdown");
    else download(`${base}-report.html`, answer.output, "text/html");
  }

  // ---- Start ---------------------------------------------------------------------------------
  function start() {
    const browser = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    const first = stored("routekaart.lang") || (browser.toLowerCase().startsWith("nl") ? "nl" : "en");
    $("language").addEventListener("change", (e) => { store("routekaart.lang", e.target.value); applyLanguage(e.target.value); });
    const tabs = $("tabs");
    for (const v of views) $(`tab-${v}`).addEventListener("click", () => show(v, false));
    tabs.addEventListener("keydown", (e) => {
      const i = views.indexOf(e.target.id.replace("tab-", ""));
      if (i < 0) return;
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: views.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      show(views[(next + views.length) % views.length], true);
    });
    $("rate-form").addEventListener("input", () => store(draftKey, JSON.stringify(rateDraft())));
    $("rate-form").addEventListener("submit", saveRating);
    $("rate-clear").addEventListener("click", () => {
      if (!confirm(t("rate.clear.confirm"))) return;
      store(draftKey, null);
      $("rate-form").reset();
      $("rate-done").hidden = true;
    });
    $("rate-copy").addEventListener("click", async () => {
      const area = $("rate-text");
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        area.select();
        document.execCommand("copy");
      }
      $("rate-copied").textContent = t("rate.copied");
    });
    $("team-files").addEventListener("change", (e) => { addTeamFiles([...e.target.files]); e.target.value = ""; });
    dropTarget($("team-drop"), addTeamFiles);
    $("team-agenda").addEventListener("click", () => {
      const [texts, options] = [teamAnswers.texts, teamAnswers.options];
      download("agenda.md", api.agenda(texts, Object.assign({ lang }, options)).output, "text/markdown");
    });
    $("team-summary-md").addEventListener("click", () => {
      download("ratings.md", api.ratings(teamAnswers.texts, Object.assign({ lang, format: "markdown" }, teamAnswers.options)).output, "text/markdown");
    });
    $("team-plot-svg").addEventListener("click", () => download("ratings.svg", teamAnswers.plot, "image/svg+xml"));
    $("check-editor").addEventListener("input", scheduleCheck);
    $("check-file").addEventListener("change", (e) => { openCheckFile([...e.target.files]); e.target.value = ""; });
    dropTarget($("check-drop"), openCheckFile);
    $("check-template").addEventListener("click", () => setEditor(api.template(lang), "intervention.yaml"));
    $("check-save").addEventListener("click", () => checkDownload("file"));
    $("check-spec").addEventListener("click", () => checkDownload("spec"));
    $("check-report").addEventListener("click", () => checkDownload("report"));

    // A file dropped next to a drop zone would make the browser open it in place of the page.
    for (const type of ["dragover", "drop"]) document.addEventListener(type, (e) => e.preventDefault());
    applyLanguage(first);
    api.ready.then(() => {
      $("loading").hidden = true;
      checkName = stored(fileKey) || "intervention.yaml";
      $("check-editor").value = stored(editorKey) ?? api.template(lang);
      applyLanguage(lang);
      const hash = location.hash.replace("#", "");
      show(views.includes(hash) ? hash : stored("routekaart.view") || "rate", false);
      document.body.dataset.ready = "true";
    }, (error) => {
      $("loading").textContent = t("app.failed", { reason: String(error && error.message || error) });
    });
  }
  start();
})();
