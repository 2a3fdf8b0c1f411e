// Article Annotator — the embeddable widget. One ES module (bundled with the
// wasm inlined as dist/article-annotator.js by scripts/bundle.mjs) that
//
//   * defines <article-annotator kinds="person,quote" reference-date="2021-03-04"
//     theme="auto|light|dark">: its light-DOM text is annotated and drawn in
//     its shadow root (the light DOM is the no-JS fallback); it fires a
//     bubbling, composed `annotated` event whose detail is { document, text };
//   * exports annotateElement(el, options): highlights inside an existing
//     article element of the host page, leaving its elements, links and
//     styles in place, and returns { document, count, undo() } where undo()
//     puts back the very nodes it replaced.
//
// Works under `script-src 'self' 'wasm-unsafe-eval'` with no inline script or
// style: the shadow root's styles and annotateElement's are constructed
// stylesheets (adoptedStyleSheets), which a CSP does not block. The annotator
// runs on the page's thread here (a strict CSP allows no Blob worker).

import { Annotator, AnnotatorError } from './engine.js';
import {
  renderArticle, renderLegend, attachArticleInteraction, selectEntity, collectSpans, KINDS,
} from './render.js';
import { WIDGET_CSS, HOST_CSS } from './widget-css.js';
import { WASM_BASE64 } from './wasm-inline.js';

let annotatorPromise = null;

/** The one annotator of this page (started on first use). */
export function getAnnotator() {
  if (!annotatorPromise) {
    annotatorPromise = Annotator.start({
      wasm: WASM_BASE64 ? { base64: WASM_BASE64 } : { url: new URL('./pkg/article_annotator_bg.wasm', import.meta.url) },
      worker: null,
    });
    annotatorPromise.catch(() => { annotatorPromise = null; });
  }
  return annotatorPromise;
}

/** "person, quote" → Set {person, quote}; empty or missing → null (all kinds). */
export function parseKinds(value) {
  if (value == null) return null;
  const kinds = String(value).split(/[\s,]+/).map((k) => k.trim().toLowerCase()).filter(Boolean);
  return kinds.length ? new Set(kinds) : null;
}

/** The element's text for annotation: lines without the indentation the HTML
 *  source gave them, no blank lines before or after. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() ? l.slice(cut) : '')).join('\n');
}

function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

let widgetSheet = null;

export class ArticleAnnotatorElement extends HTMLElement {
  static get observedAttributes() { return ['kinds', 'reference-date', 'theme']; }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    widgetSheet = widgetSheet || sheet(WIDGET_CSS);
    this.root.adoptedStyleSheets = [widgetSheet];
    this.frame = document.createElement('div');
    this.frame.className = 'frame';
    this.frame.setAttribute('part', 'frame');
    this.legend = document.createElement('div');
    this.legend.className = 'legend';
    this.legend.setAttribute('role', 'group');
    this.legend.setAttribute('aria-label', 'Kinds of annotation (press one to hide or show it)');
    this.error = document.createElement('p');
    this.error.className = 'error';
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    this.article = document.createElement('div');
    this.article.className = 'article';
    this.article.tabIndex = 0;
    this.article.setAttribute('role', 'region');
    this.article.setAttribute('aria-label', 'Annotated article (arrow keys move between marks)');
    // Until annotated, the light DOM shows through: the text as the author wrote it.
    this.article.append(document.createElement('slot'));
    this.frame.append(this.legend, this.error, this.article);
    this.root.append(this.frame);
    this.hiddenKinds = new Set();
    this.doc = null;
    this.text = null;
    this.seq = 0;
    this.interaction = attachArticleInteraction(this.article, {
      tooltipHost: this.frame,
      onEntity: (id) => {
        const same = this.article.querySelector(`mark.aa-selected[data-entity="${CSS.escape(id)}"]`);
        selectEntity(this.article, same ? null : id);
      },
    });
    this.observer = new MutationObserver(() => this.schedule());
  }

  /** The last annotations document (null before the first). */
  get document() { return this.doc; }

  connectedCallback() {
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.schedule();
  }

  disconnectedCallback() {
    this.observer.disconnect();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'kinds') this.draw();
    else if (name === 'reference-date') this.schedule();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.annotate(), 0);
  }

  /** Annotates the light DOM's text now; resolves to the document (or null on an error). */
  async annotate() {
    const seq = ++this.seq;
    const text = dedent(this.textContent || '');
    const reference = this.getAttribute('reference-date');
    let result;
    try {
      const annotator = await getAnnotator();
      result = await annotator.annotate(text, { reference_date: reference || null });
    } catch (e) {
      if (seq !== this.seq) return null;
      this.error.hidden = false;
      this.error.textContent = e instanceof AnnotatorError && e.kind === 'crash'
        ? `The annotator failed on this text (${e.message}); the text is shown as written.`
        : `Not annotated: ${e?.message || e}`;
      this.dispatchEvent(new CustomEvent('annotation-error', { bubbles: true, composed: true, detail: { error: e } }));
      return null;
    }
    if (seq !== this.seq) return null;
    this.error.hidden = true;
    this.text = text;
    this.doc = result.doc;
    this.json = result.json;
    this.draw();
    this.dispatchEvent(new CustomEvent('annotated', { bubbles: true, composed: true, detail: { document: result.doc, text, json: result.json } }));
    return result.doc;
  }

  draw() {
    if (!this.doc) return;
    const kinds = parseKinds(this.getAttribute('kinds'));
    this.interaction.hide();
    this.article.replaceChildren(renderArticle(this.text, this.doc, document, { kinds }));
    const doc = kinds ? {
      ...this.doc,
      entities: this.doc.entities.filter((e) => kinds.has(e.kind)),
      dates: kinds.has('date') ? this.doc.dates : [],
      quotes: kinds.has('quote') ? this.doc.quotes : [],
    } : this.doc;
    for (const k of KINDS) this.article.classList.toggle(`hide-${k.kind}`, this.hiddenKinds.has(k.kind));
    this.legend.replaceChildren(renderLegend(doc, {
      hidden: this.hiddenKinds,
      onToggle: (kind, on) => {
        if (on) this.hiddenKinds.delete(kind); else this.hiddenKinds.add(kind);
        this.article.classList.toggle(`hide-${kind}`, !on);
      },
    }));
    if (kinds) for (const li of this.legend.querySelectorAll('.aa-legend-item')) if (!kinds.has(li.dataset.kind)) li.parentElement.remove();
  }
}

// ---------- annotateElement ----------

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'DETAILS', 'SUMMARY', 'CAPTION']);

/**
 * The text of `root` as the annotator should read it (blocks separated by a
 * blank line, the HTML source's line breaks and indentation inside a block
 * as single spaces) and, for each of its UTF-16 units, the text node and the
 * offset it comes from (node -1 for the separators).
 */
export function extractText(root) {
  const nodes = [];
  const nodeOf = [];
  const offsetOf = [];
  let out = '';
  let pendingBreak = '';
  const emit = (s, node, offset, len = s.length) => {
    for (let i = 0; i < len; i++) { nodeOf.push(node); offsetOf.push(offset + i); }
    out += s;
  };
  const breakBefore = (sep) => {
    if (out.length && sep.length > pendingBreak.length) pendingBreak = sep;
  };
  const flush = () => {
    if (pendingBreak) {
      out = out.replace(/[ \t]+$/, '');
      nodeOf.length = offsetOf.length = out.length;
      emit(pendingBreak, -1, 0);
      pendingBreak = '';
    }
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        if (!data) continue;
        const index = nodes.push(child) - 1;
        const pre = child.parentElement?.closest('pre');
        if (pre && root.contains(pre)) {
          flush();
          emit(data, index, 0);
          continue;
        }
        // Whitespace runs (the source's line breaks and indentation) read as one space.
        const re = /\s+|\S+/g;
        let m;
        while ((m = re.exec(data))) {
          if (/^\s/.test(m[0])) {
            if (!out.length || pendingBreak || /\s$/.test(out)) continue;
            emit(' ', index, m.index, 1);
          } else {
            flush();
            emit(m[0], index, m.index);
          }
        }
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === 'BR') { breakBefore('\n'); continue; }
        const block = BLOCK.has(tag);
        if (block) breakBefore('\n\n');
        walk(child);
        if (block) breakBefore('\n\n');
      }
    }
  };
  walk(root);
  return { text: out.replace(/[ \t]+$/, ''), nodes, nodeOf, offsetOf };
}

let hostSheet = null;

/**
 * Highlights the names, dates and quotes inside `el` (an article of the host
 * page) in place: each annotated stretch of a text node becomes a
 * <mark class="aa-mark" data-kind> around the same characters; elements,
 * links, attributes and styles stay as they are. Options: referenceDate,
 * kinds ("person,quote" or a Set), explain. Resolves to
 * { document, text, count, undo() }; undo() restores the original nodes
 * exactly (the same Text nodes, with their data) and removes the stylesheet.
 */
export async function annotateElement(el, options = {}) {
  if (!el || el.nodeType !== 1) throw new TypeError('annotateElement: an element is needed');
  if (el.__articleAnnotator) el.__articleAnnotator.undo();
  const { text, nodes, nodeOf, offsetOf } = extractText(el);
  const annotator = await getAnnotator();
  const { doc, json } = await annotator.annotate(text, { reference_date: options.referenceDate || null, explain: !!options.explain });
  const kinds = options.kinds instanceof Set ? options.kinds : parseKinds(options.kinds);
  const spans = collectSpans(text, doc, { kinds }).filter((s) => s.tag === 'mark');

  // Per text node: the [from, to) node offsets each span covers there.
  const perNode = new Map();
  for (const s of spans) {
    let i = s.start;
    while (i < s.end) {
      if (nodeOf[i] < 0) { i++; continue; }
      const n = nodeOf[i];
      const from = offsetOf[i];
      let j = i;
      while (j + 1 < s.end && nodeOf[j + 1] === n) j++;
      const to = offsetOf[j] + 1;
      if (!perNode.has(n)) perNode.set(n, []);
      perNode.get(n).push({ from, to, span: s });
      i = j + 1;
    }
  }

  const replaced = []; // { original, pieces }
  let count = 0;
  for (const [n, ranges] of perNode) {
    const original = nodes[n];
    const data = original.data;
    const cuts = new Set([0, data.length]);
    for (const r of ranges) { cuts.add(r.from); cuts.add(r.to); }
    const bounds = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k];
      const b = bounds[k + 1];
      const covering = ranges.filter((r) => r.from <= a && r.to >= b)
        .sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end || x.span.rank - y.span.rank);
      let node = document.createTextNode(data.slice(a, b));
      for (let c = covering.length - 1; c >= 0; c--) {
        const { span } = covering[c];
        const mark = document.createElement('mark');
        mark.className = 'aa-mark';
        for (const [name, value] of Object.entries(span.attrs)) {
          if (name === 'data-tip') mark.title = value;
          else if (name !== 'class') mark.setAttribute(name, value);
        }
        mark.append(node);
        node = mark;
        count++;
      }
      pieces.push(node);
    }
    original.replaceWith(...pieces);
    replaced.push({ original, pieces });
  }

  hostSheet = hostSheet || sheet(HOST_CSS);
  const ownerDocument = el.ownerDocument;
  const addedSheet = !ownerDocument.adoptedStyleSheets.includes(hostSheet);
  if (addedSheet) ownerDocument.adoptedStyleSheets = [...ownerDocument.adoptedStyleSheets, hostSheet];

  const handle = {
    document: doc,
    json,
    text,
    count,
    undo() {
      if (el.__articleAnnotator !== handle) return;
      for (const { original, pieces } of replaced) {
        const first = pieces[0];
        if (first.parentNode) first.parentNode.insertBefore(original, first);
        for (const p of pieces) p.remove();
      }
      if (addedSheet) ownerDocument.adoptedStyleSheets = ownerDocument.adoptedStyleSheets.filter((s) => s !== hostSheet);
      delete el.__articleAnnotator;
    },
  };
  el.__articleAnnotator = handle;
  return handle;
}

if (typeof customElements !== 'undefined' && !customElements.get('article-annotator')) {
  customElements.define('article-annotator', ArticleAnnotatorElement);
}
