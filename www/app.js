// Article Annotator — the page. Wires the form to the WebAssembly annotator
// and hands its document to render.js. No network: the only things fetched
// are this page's own files (and not even those in the single-file build).

import init, { annotate, annotate_json, version } from './pkg/article_annotator.js';
import { renderArticle, renderQuotePanel, renderLegend, flashQuote } from './render.js';

const $ = (id) => document.getElementById(id);
const form = $('annotate-form');
const textArea = $('article-text');
const dateInput = $('reference-date');
const explainBox = $('explain');
const annotateButton = $('annotate-button');
const sampleButton = $('sample-button');
const copyButton = $('copy-json');
const downloadButton = $('download-json');
const statusBox = $('status');
const errorBox = $('error');
const articleBox = $('article');
const legendBox = $('legend');
const quotesBox = $('quotes');

// What produced the document on screen: Copy JSON exports exactly that, even
// if the text area has been edited since.
let shown = null; // { text, options, doc }
const hidden = new Set();
let ready = false;

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

function currentOptions() {
  return { reference_date: dateInput.value || null, explain: explainBox.checked };
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function selectQuote(id) {
  flashQuote(articleBox, id);
}

function render(text, doc) {
  articleBox.replaceChildren(renderArticle(text, doc));
  for (const kind of hidden) articleBox.classList.add(`hide-${kind}`);
  legendBox.replaceChildren(renderLegend(doc, {
    hidden,
    onToggle(kind, on) {
      if (on) hidden.delete(kind); else hidden.add(kind);
      articleBox.classList.toggle(`hide-${kind}`, !on);
    },
  }));
  quotesBox.replaceChildren(renderQuotePanel(doc, { onSelect: selectQuote }));
}

function run() {
  if (!ready) return;
  const text = textArea.value;
  if (!text.trim()) {
    showError('');
    setStatus('Paste an article into “Article text” first.');
    textArea.focus();
    return;
  }
  const options = currentOptions();
  let doc;
  const t0 = performance.now();
  try {
    doc = annotate(text, options);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A bug in the annotator, not in the input: say so plainly.
      console.error(e);
      showError(`The annotator failed on this text (internal error: ${e.message}). `
        + 'Please report it together with the text; other articles may still work.');
    } else {
      showError(e && e.message ? e.message : String(e));
      if (/date/i.test(String(e && e.message))) dateInput.focus();
    }
    setStatus('Nothing annotated.');
    return;
  }
  const ms = Math.max(1, Math.round(performance.now() - t0));
  showError('');
  shown = { text, options, doc };
  render(text, doc);
  copyButton.disabled = false;
  downloadButton.disabled = false;
  const ents = doc.entities.length;
  setStatus(`Annotated in ${ms} ms: ${plural(ents, 'entity', 'entities')}, ${plural(doc.dates.length, 'date', 'dates')}, `
    + `${plural(doc.quotes.length, 'quote', 'quotes')}${doc.reference_date ? `; dates resolved against ${doc.reference_date}` : ''}.`);
}

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

function exportJson() {
  return annotate_json(shown.text, shown.options);
}

async function copyJson() {
  if (!shown) return;
  let json;
  try {
    json = exportJson();
  } catch (e) {
    showError(e.message || String(e));
    return;
  }
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // No async clipboard (older browser, denied permission): fall back to a
    // selected hidden text area and the legacy copy command.
    const tmp = document.createElement('textarea');
    tmp.value = json;
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
  flashButton(copyButton, 'Copied');
  setStatus(`Copied the annotations (${plural(json.length, 'character', 'characters')} of JSON) to the clipboard.`);
}

function downloadJson() {
  if (!shown) return;
  const json = `${exportJson()}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  const head = shown.text.trim().split('\n')[0].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  a.download = `${head || 'article'}.annotations.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  flashButton(downloadButton, 'Saved');
}

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
  textArea.focus();
  run();
});
copyButton.addEventListener('click', copyJson);
downloadButton.addEventListener('click', downloadJson);
if (/Mac|iPhone|iPad/.test(navigator.platform || '')) $('shortcut').textContent = '⌘ + Enter';

/** The wasm bytes when this is the single-file build (inlined as base64). */
function inlinedWasm() {
  const node = document.getElementById('article-annotator-wasm');
  if (!node) return undefined;
  const b64 = node.textContent.replace(/\s+/g, '');
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function start() {
  statusBox.classList.add('busy');
  try {
    const bytes = inlinedWasm();
    await init(bytes ? { module_or_path: bytes } : undefined);
  } catch (e) {
    statusBox.classList.remove('busy');
    setStatus('The annotator is not available.');
    const fromDisk = location.protocol === 'file:';
    showError(`The annotator could not start: ${e && e.message ? e.message : e}.`
      + (fromDisk ? ' Pages opened from disk cannot load modules: run scripts/serve.sh, or open the single-file build www/dist/article-annotator.html.' : ''));
    annotateButton.querySelector('.button-label').textContent = 'Unavailable';
    return;
  }
  ready = true;
  $('version').textContent = `v${version()}`;
  annotateButton.disabled = false;
  annotateButton.querySelector('.button-label').textContent = 'Annotate';
  statusBox.classList.remove('busy');
  setStatus('Ready. Paste an article and press Annotate.');
  document.documentElement.dataset.ready = 'true';
  if (textArea.value.trim()) run();
}

start();
