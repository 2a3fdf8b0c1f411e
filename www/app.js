// Article Annotator — the page. Wires the form to the annotator (engine.js:
// WebAssembly in a worker) and hands its document to render.js. No network:
// the only things fetched are this page's own files (and not even those in
// the single-file build, where the wasm and the worker are inlined).

import { Annotator } from './engine.js';
import {
  renderLegend, renderQuotePanel, renderEntityPanel, renderDatePanel, articleChunks,
  attachArticleInteraction, flashQuote, flashDate, flashMarks, selectEntity, describeTimex,
} from './render.js';
import { quotesCsv, quotesTsv, toWebAnnotations, textUrn } from './exports.js';
import { KIND_PALETTE_CSS } from './widget-css.js';
import { WASM_BASE64 } from './wasm-inline.js';
import { WORKER_SOURCE } from './worker-inline.js';

const $ = (id) => document.getElementById(id);

// The kinds' colours, shared with the widget (a constructed stylesheet: no inline style).
const palette = new CSSStyleSheet();
palette.replaceSync(KIND_PALETTE_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, palette];
const form = $('annotate-form');
const textArea = $('article-text');
const dateInput = $('reference-date');
const dateHint = $('date-hint');
const explainBox = $('explain');
const liveBox = $('live');
const annotateButton = $('annotate-button');
const sampleButton = $('sample-button');
const exportButtons = ['copy-json', 'copy-csv', 'copy-tsv', 'copy-wa', 'download-json'].map($);
const statusBox = $('status');
const errorBox = $('error');
const progressBox = $('progress');
const progressText = $('progress-text');
const articleBox = $('article');
const legendBox = $('legend');
const quotesBox = $('quotes');
const entitiesBox = $('entities');
const datesBox = $('dates');

const DATE_HINT = dateHint.textContent;
/** Texts longer than this are drawn in pieces, a frame apart. */
const CHUNKED = 150000;
/** A file dropped on the text area: larger ones are refused. */
const MAX_FILE = 64 << 20;

// What produced the document on screen: the exports take exactly that, even
// if the text area has been edited since.
let shown = null; // { text, options, json, doc }
const hidden = new Set();
let annotator = null;
let runSeq = 0; // the latest run; older results are dropped
let debounceTimer = 0;
let interaction = null;
let sentLength = 0; // the length of the text last sent to the annotator

const SAMPLE = `Lighthouse keepers' union wins pay deal after €18 million row 🗼

Posted on : 2022-06-14 08:30 KST

By Seo Jin-woo, staff reporter

The Coastal Lights Workers Union and the Ministry of Oceans and Fisheries signed the Lighthouse Staffing Framework Agreement (LSFA) in Incheon on Monday, ending a dispute over €18 million in unpaid overtime that began in October 2020.

“We kept the lamps burning through two typhoons without a day off,” union chair Oh Min-seo said after the signing. “This agreement finally counts those nights.”

Vice Minister Kang Tae-hoon called the deal “overdue and fair” and said the ministry would hire 40 new keepers by March 2023. The LSFA will be reviewed every three years.

“No island should be left in the dark because we could not agree on a spreadsheet,” he said.

Photo: Oh Min-seo, left, and Kang Tae-hoon at the signing in Incheon on June 13.

Related stories`;

function setStatus(message, { busy = false } = {}) {
  statusBox.classList.toggle('busy', busy);
  statusBox.querySelector('.status-text').textContent = message;
}

function showError(message) {
  errorBox.hidden = !message;
  errorBox.textContent = message ? `⚠ ${message}` : '';
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function size(chars) {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : chars >= 1e4 ? `${Math.round(chars / 1000)} thousand characters` : plural(chars, 'character', 'characters');
}

/** The options for the annotator. A reference date the page filled in itself
 *  (the detected one, data-auto) is not an option: the document then says
 *  what it found, as the CLI does without --reference-date. */
function currentOptions() {
  const auto = dateInput.dataset.auto === 'true' && dateInput.value === dateInput.dataset.detected;
  const explicit = !auto && dateInput.value;
  return { reference_date: explicit || null, explain: explainBox.checked };
}

function showDetectedDate(doc) {
  if (dateInput.value && !(dateInput.dataset.auto === 'true' && dateInput.value === dateInput.dataset.detected)) return;
  if (doc.reference_date) {
    dateInput.value = doc.reference_date;
    dateInput.dataset.auto = 'true';
    dateInput.dataset.detected = doc.reference_date;
    const words = describeTimex(doc.reference_date);
    dateHint.textContent = `Detected from the article’s date line${words ? ` (${words})` : ''}. Change it to resolve dates against another day.`;
  } else {
    dateInput.value = '';
    delete dateInput.dataset.auto;
    dateHint.textContent = DATE_HINT;
  }
}

// ---------- progress ----------

let progressTimer = 0;
function startProgress(text) {
  const t0 = performance.now();
  clearInterval(progressTimer);
  const show = () => {
    const s = (performance.now() - t0) / 1000;
    progressBox.hidden = false;
    progressText.textContent = `Annotating ${size(text.length)}… ${s.toFixed(1)} s`;
  };
  // Short work shows no bar at all; long work shows it with the time so far.
  progressTimer = setInterval(show, 100);
  if (text.length > 500000) show();
}
function stopProgress() {
  clearInterval(progressTimer);
  progressBox.hidden = true;
  // Back to an indeterminate bar for the next run.
  $('progress-bar').removeAttribute('value');
}

// ---------- rendering ----------

function selectName(id, { scroll = false } = {}) {
  const n = selectEntity(articleBox, id);
  for (const b of entitiesBox.querySelectorAll('.aa-entity')) b.setAttribute('aria-pressed', String(b.dataset.entity === id));
  if (!id || !shown) return;
  const entity = shown.doc.entities.find((e) => e.id === id);
  if (scroll) flashMarks(articleBox, `mark[data-entity="${CSS.escape(id)}"]`);
  setStatus(`${entity ? entity.name : id}: ${plural(n, 'mention', 'mentions')} highlighted.`);
}

async function render(text, doc, seq) {
  interaction?.hide();
  const pieces = articleChunks(text, doc, { chunkSize: text.length > CHUNKED ? 60000 : Infinity });
  articleBox.classList.toggle('long', pieces.length > 1);
  if (pieces.length === 1) {
    articleBox.replaceChildren(pieces[0].render());
  } else {
    // Long texts: one piece per task, so the page keeps answering.
    articleBox.replaceChildren();
    stopProgress();
    const bar = $('progress-bar');
    bar.max = text.length;
    progressBox.hidden = false;
    for (const piece of pieces) {
      if (seq !== runSeq) return false;
      bar.value = piece.from;
      progressText.textContent = `Drawing the marks… ${Math.round((100 * piece.from) / text.length)}%`;
      const div = document.createElement('div');
      div.className = 'aa-chunk';
      div.append(piece.render());
      articleBox.append(div);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  for (const kind of ['person', 'organization', 'place', 'agreement', 'group', 'date', 'quote']) {
    articleBox.classList.toggle(`hide-${kind}`, hidden.has(kind));
  }
  legendBox.replaceChildren(renderLegend(doc, {
    hidden,
    onToggle(kind, on) {
      if (on) hidden.delete(kind); else hidden.add(kind);
      articleBox.classList.toggle(`hide-${kind}`, !on);
    },
  }));
  quotesBox.replaceChildren(renderQuotePanel(doc, { onSelect: (id) => flashQuote(articleBox, id) }));
  entitiesBox.replaceChildren(renderEntityPanel(doc, { onSelect: (id) => selectName(id, { scroll: true }) }));
  datesBox.replaceChildren(renderDatePanel(doc, { onSelect: (id) => flashDate(articleBox, id) }));
  $('count-quotes').textContent = String(doc.quotes.length);
  $('count-entities').textContent = String(doc.entities.length);
  $('count-dates').textContent = String(doc.dates.length);
  return true;
}

// ---------- annotating ----------

function describeFailure(e) {
  if (e?.kind === 'crash') {
    return `The annotator failed on this text (internal error: ${e.message}). It has been restarted, so the page keeps working: `
      + 'edit the text or press Annotate to try again, and please report the text if it fails again.';
  }
  return e?.message || String(e);
}

async function run() {
  clearTimeout(debounceTimer);
  if (!annotator) return;
  const text = textArea.value;
  const seq = ++runSeq;
  if (!text.trim()) {
    showError('');
    setStatus('Paste an article into “Article text” first.');
    return;
  }
  const options = currentOptions();
  // A long job for an older text is not worth finishing: stop it.
  if (annotator.busy && sentLength > CHUNKED) annotator.cancel();
  sentLength = text.length;
  setStatus(`Annotating ${size(text.length)}…`, { busy: true });
  startProgress(text);
  let result;
  try {
    result = await annotator.annotate(text, options);
  } catch (e) {
    if (seq !== runSeq || e?.kind === 'cancelled') return;
    stopProgress();
    if (e?.kind === 'crash') console.error(e);
    showError(describeFailure(e));
    if (e?.kind !== 'crash' && /date/i.test(String(e?.message))) dateInput.focus();
    setStatus('Nothing annotated.');
    return;
  }
  if (seq !== runSeq) return; // a newer run is on its way
  const { json, doc, ms } = result;
  showError('');
  shown = { text, options, json, doc };
  const t1 = performance.now();
  const done = await render(text, doc, seq);
  stopProgress();
  if (!done) return;
  if (!options.reference_date) showDetectedDate(doc);
  for (const b of exportButtons) b.disabled = false;
  const drawn = performance.now() - t1;
  setStatus(`Annotated in ${Math.max(1, Math.round(ms))} ms${drawn > 200 ? ` (drawn in ${Math.round(drawn)} ms)` : ''}: `
    + `${plural(doc.entities.length, 'entity', 'entities')}, ${plural(doc.dates.length, 'date', 'dates')}, `
    + `${plural(doc.quotes.length, 'quote', 'quotes')}${doc.reference_date ? `; dates resolved against ${doc.reference_date}` : ''}.`);
  document.documentElement.dataset.annotated = String(seq);
}

function schedule() {
  clearTimeout(debounceTimer);
  if (!liveBox.checked || !annotator) return;
  // Longer texts wait a little longer for the typing to stop.
  const wait = Math.min(1500, 300 + Math.round(textArea.value.length / 2000));
  debounceTimer = setTimeout(run, wait);
}

// ---------- exports ----------

function flashButton(button, label) {
  const span = button.querySelector('.button-label');
  const old = span.dataset.label || span.textContent;
  span.dataset.label = old;
  span.textContent = label;
  button.classList.add('done');
  clearTimeout(button._timer);
  button._timer = setTimeout(() => {
    span.textContent = old;
    button.classList.remove('done');
  }, 2000);
}

async function copyText(text, button, what) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No async clipboard (older browser, denied permission, file://): fall
    // back to a selected hidden text area and the legacy copy command.
    const tmp = document.createElement('textarea');
    tmp.value = text;
    tmp.setAttribute('readonly', '');
    tmp.className = 'offscreen';
    document.body.append(tmp);
    tmp.select();
    const ok = document.execCommand && document.execCommand('copy');
    tmp.remove();
    if (!ok) {
      showError('The browser did not allow copying to the clipboard. Use Download instead.');
      return;
    }
  }
  flashButton(button, 'Copied');
  setStatus(`Copied ${what} (${size(text.length)}) to the clipboard.`);
}

async function webAnnotations() {
  const source = await textUrn(shown.text);
  return `${JSON.stringify(toWebAnnotations(shown.text, shown.doc, { source }), null, 2)}\n`;
}

function fileStem() {
  const head = shown.text.trim().split('\n')[0].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return head || 'article';
}

function downloadJson() {
  if (!shown) return;
  const url = URL.createObjectURL(new Blob([`${shown.json}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileStem()}.annotations.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  flashButton($('download-json'), 'Saved');
  setStatus(`Saved ${a.download}.`);
}

// ---------- input: typing, pasting, dropping ----------

async function readDroppedFile(file) {
  if (file.size > MAX_FILE) throw new Error(`${file.name} is ${Math.round(file.size / 1e6)} MB; the page takes files up to ${MAX_FILE >> 20} MB.`);
  const text = await file.text();
  if (text.includes('\u0000')) throw new Error(`${file.name} is not a text file (save the article as plain text first).`);
  return text;
}

textArea.addEventListener('input', schedule);
textArea.addEventListener('dragover', (event) => {
  if ([...(event.dataTransfer?.types || [])].includes('Files')) {
    event.preventDefault();
    textArea.classList.add('drop-target');
  }
});
textArea.addEventListener('dragleave', () => textArea.classList.remove('drop-target'));
textArea.addEventListener('drop', async (event) => {
  textArea.classList.remove('drop-target');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the text area inserts it as plain text itself
  event.preventDefault();
  try {
    textArea.value = await readDroppedFile(file);
  } catch (e) {
    showError(e.message);
    return;
  }
  showError('');
  run();
});
dateInput.addEventListener('input', () => {
  delete dateInput.dataset.auto;
  dateHint.textContent = DATE_HINT;
  schedule();
});
explainBox.addEventListener('change', () => { if (shown) run(); });
liveBox.addEventListener('change', schedule);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
form.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});
sampleButton.addEventListener('click', () => {
  textArea.value = SAMPLE;
  dateInput.value = '';
  delete dateInput.dataset.auto;
  textArea.focus();
  run();
});
$('copy-json').addEventListener('click', () => shown && copyText(shown.json, $('copy-json'), 'the annotations (JSON)'));
$('copy-csv').addEventListener('click', () => shown && copyText(quotesCsv(shown.doc), $('copy-csv'), `${plural(shown.doc.quotes.length, 'quote', 'quotes')} as CSV`));
$('copy-tsv').addEventListener('click', () => shown && copyText(quotesTsv(shown.doc), $('copy-tsv'), `${plural(shown.doc.quotes.length, 'quote', 'quotes')} as TSV`));
$('copy-wa').addEventListener('click', async () => shown && copyText(await webAnnotations(), $('copy-wa'), 'the W3C Web Annotations (JSON-LD)'));
$('download-json').addEventListener('click', downloadJson);
if (/Mac|iPhone|iPad/.test(navigator.platform || '')) $('shortcut').textContent = '⌘ + Enter';

// ---------- side panel tabs ----------

const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab, focus = false) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length], true);
  });
}

interaction = attachArticleInteraction(articleBox, {
  tooltipHost: articleBox.parentNode,
  onEntity: (id) => {
    const same = articleBox.querySelector(`mark.aa-selected[data-entity="${CSS.escape(id)}"]`);
    selectName(same ? null : id);
  },
});

// ---------- start ----------

function makeWorker() {
  if (typeof Worker !== 'function') throw new Error('this browser has no Web Workers');
  if (WORKER_SOURCE) {
    // Single-file build: the worker's source is inlined; a Blob URL works from file://.
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'article-annotator' });
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return worker;
  }
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'article-annotator' });
}

async function start() {
  statusBox.classList.add('busy');
  try {
    annotator = await Annotator.start({
      wasm: WASM_BASE64 ? { base64: WASM_BASE64 } : { url: new URL('./pkg/article_annotator_bg.wasm', import.meta.url) },
      worker: makeWorker,
    });
  } catch (e) {
    statusBox.classList.remove('busy');
    setStatus('The annotator is not available.');
    const fromDisk = location.protocol === 'file:';
    showError(`The annotator could not start: ${e && e.message ? e.message : e}.`
      + (fromDisk ? ' Pages opened from disk cannot load modules: run scripts/serve.sh, or open the single-file build www/dist/article-annotator.html.' : ''));
    annotateButton.querySelector('.button-label').textContent = 'Unavailable';
    return;
  }
  // For debugging and the browser tests (tests/e2e): the engine and what is shown.
  window.articleAnnotatorPage = { annotator, get shown() { return shown; } };
  $('version').textContent = `v${annotator.versionText}`;
  annotateButton.disabled = false;
  annotateButton.querySelector('.button-label').textContent = 'Annotate';
  statusBox.classList.remove('busy');
  setStatus(`Ready (${annotator.where === 'worker' ? 'in a background worker' : 'on the page’s thread'}). Paste an article, or press Try a sample.`);
  document.documentElement.dataset.ready = 'true';
  if (textArea.value.trim()) run();
}

start();
