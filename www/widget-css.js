// Article Annotator — the widget's styles, as text for constructed
// stylesheets (adoptedStyleSheets: allowed under a strict CSP, unlike <style>).
// The colours match www/style.css.

/** The colours of the kinds (background tint, rule), light and dark: the
 *  page (app.js adopts KIND_PALETTE_CSS) and the widget share them. */
const KINDS_LIGHT = `
  --person-bg: #dcebfd;       --person-rule: #1d4ed8;
  --organization-bg: #ece6fd; --organization-rule: #6027c0;
  --place-bg: #d9f5e3;        --place-rule: #157040;
  --agreement-bg: #ffe6cc;    --agreement-rule: #b13d08;
  --group-bg: #fbe1ee;        --group-rule: #a8165a;
  --other-bg: #e8eaee;        --other-rule: #4b5563;
  --date-bg: #fdf1b8;         --date-rule: #8a5a00;
  --quote-bg: #e3f3f0;        --quote-rule: #0f766e;`;

const KINDS_DARK = `
  --person-bg: #1e3558;       --person-rule: #8ab4ff;
  --organization-bg: #35284f; --organization-rule: #c4a7ff;
  --place-bg: #173d2a;        --place-rule: #6fd39a;
  --agreement-bg: #4a2e16;    --agreement-rule: #ffac70;
  --group-bg: #4a1f35;        --group-rule: #ff8fc4;
  --other-bg: #2c3340;        --other-rule: #b3bccb;
  --date-bg: #463b10;         --date-rule: #f0cd5a;
  --quote-bg: #143a36;        --quote-rule: #5fd0c2;`;

/** For the page: the kinds' colours on :root, dark ones when the system is dark. */
export const KIND_PALETTE_CSS = `:root { ${KINDS_LIGHT} }
@media (prefers-color-scheme: dark) { :root { ${KINDS_DARK} } }`;

const LIGHT = `
  --aa-ink: #1c2430; --aa-ink-soft: #4a5565; --aa-paper: #ffffff; --aa-line: #dcd8cf;
  --aa-chip: #eef1f5; --aa-focus: #1d63c9; --aa-danger: #9b1c1c; --aa-danger-bg: #fdecec;
  --aa-tooltip-bg: #1c2430; --aa-tooltip-ink: #f5f7fa; --aa-selected: #ffd166;${KINDS_LIGHT}
  color-scheme: light;`;

const DARK = `
  --aa-ink: #e6e9ee; --aa-ink-soft: #c0c7d1; --aa-paper: #1b2129; --aa-line: #343d4a;
  --aa-chip: #2c3542; --aa-focus: #7fb2ff; --aa-danger: #ffb4b4; --aa-danger-bg: #3a1d1d;
  --aa-tooltip-bg: #e6e9ee; --aa-tooltip-ink: #12161c; --aa-selected: #ffd166;${KINDS_DARK}
  color-scheme: dark;`;

const MARKS = (scope) => `
${scope}mark[data-kind] { color: inherit; background: var(--other-bg); border-bottom: 2px solid var(--other-rule); border-radius: 3px 3px 0 0; padding: 0 1px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${scope}mark[data-kind="person"] { background: var(--person-bg); border-bottom: 2px solid var(--person-rule); }
${scope}mark[data-kind="organization"] { background: var(--organization-bg); border-bottom: 3px double var(--organization-rule); }
${scope}mark[data-kind="place"] { background: var(--place-bg); border-bottom: 2px dotted var(--place-rule); }
${scope}mark[data-kind="agreement"] { background: var(--agreement-bg); border-bottom: 2px dashed var(--agreement-rule); }
${scope}mark[data-kind="group"] { background: var(--group-bg); border-bottom: 2px solid var(--group-rule); border-radius: 0; }
${scope}mark[data-kind="date"] { background: var(--date-bg); border: 1px solid var(--date-rule); border-radius: 4px; padding: 0 2px; }
${scope}mark[data-kind="quote"] { background: var(--quote-bg); border: 0; border-top: 2px solid var(--quote-rule); border-radius: 0; padding: 1px 0 0; }
${scope}mark[data-kind="quote"][data-quote-kind="partial"] { border-top-style: dashed; }
${scope}mark.aa-selected { outline: 2px solid var(--aa-selected); outline-offset: 1px; }
`;

/** Inside <article-annotator>'s shadow root. */
export const WIDGET_CSS = `
:host { display: block; ${LIGHT} }
:host([theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ${DARK} } }
:host([hidden]) { display: none; }
.frame { position: relative; color: var(--aa-ink); background: var(--aa-paper); font: 16px/1.7 Georgia, "DejaVu Serif", serif; border: 1px solid var(--aa-line); border-radius: 8px; padding: 10px 14px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; outline: none; }
.article:focus-visible, mark:focus-visible, button:focus-visible { outline: 3px solid var(--aa-focus); outline-offset: 2px; }
mark:focus { outline: none; }
${MARKS('')}
mark[data-tip] { cursor: help; }
mark[data-entity] { cursor: pointer; }
.aa-speaker-ref { text-decoration: underline 2px var(--quote-rule); text-underline-offset: 5px; }
.hide-person mark[data-kind="person"], .hide-organization mark[data-kind="organization"], .hide-place mark[data-kind="place"],
.hide-agreement mark[data-kind="agreement"], .hide-group mark[data-kind="group"], .hide-date mark[data-kind="date"],
.hide-quote mark[data-kind="quote"] { background: transparent; border-color: transparent; }
.legend:empty { display: none; }
.aa-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; }
.aa-legend-item { display: inline-flex; align-items: center; gap: 6px; font: 500 12px/1 system-ui, sans-serif; color: var(--aa-ink); background: var(--aa-paper); border: 1px solid var(--aa-line); border-radius: 999px; padding: 5px 9px 5px 7px; cursor: pointer; }
.aa-legend-item[aria-pressed="false"] { opacity: .6; }
.aa-legend-item[aria-pressed="false"] .aa-legend-label { text-decoration: line-through; }
.aa-legend-item:disabled { opacity: .5; cursor: default; }
.aa-swatch { display: inline-block; width: 16px; height: 10px; border-radius: 3px; background: var(--other-bg); }
.aa-swatch[data-kind="person"] { background: var(--person-bg); border-bottom: 2px solid var(--person-rule); }
.aa-swatch[data-kind="organization"] { background: var(--organization-bg); border-bottom: 2px solid var(--organization-rule); }
.aa-swatch[data-kind="place"] { background: var(--place-bg); border-bottom: 2px dotted var(--place-rule); }
.aa-swatch[data-kind="agreement"] { background: var(--agreement-bg); border-bottom: 2px dashed var(--agreement-rule); }
.aa-swatch[data-kind="group"] { background: var(--group-bg); border-bottom: 2px solid var(--group-rule); }
.aa-swatch[data-kind="date"] { background: var(--date-bg); border: 1px solid var(--date-rule); }
.aa-swatch[data-kind="quote"] { background: var(--quote-bg); border-top: 2px solid var(--quote-rule); }
.aa-count { display: inline-block; min-width: 1.6em; padding: 2px 5px; border-radius: 999px; background: var(--aa-chip); color: var(--aa-ink-soft); font: 600 11px/1.2 system-ui, sans-serif; text-align: center; }
.aa-tooltip { position: absolute; z-index: 5; pointer-events: none; white-space: pre-line; font: 13px/1.45 system-ui, sans-serif; color: var(--aa-tooltip-ink); background: var(--aa-tooltip-bg); border-radius: 6px; padding: 6px 9px; box-shadow: 0 6px 20px rgb(0 0 0 / 25%); }
.aa-tooltip[hidden], .error[hidden] { display: none; }
.error { margin: 0 0 8px; padding: 6px 10px; border-left: 4px solid var(--aa-danger); background: var(--aa-danger-bg); color: var(--aa-danger); font: 500 13px/1.4 system-ui, sans-serif; }
`;

/** For annotateElement's marks in the host page (a document-level constructed
 *  stylesheet, removed by undo). Specific enough to win over plain `mark`
 *  rules of the host; the text keeps the host's font and colour. */
export const HOST_CSS = `
mark.aa-mark { ${LIGHT} color: inherit; font: inherit; display: inline; }
@media (prefers-color-scheme: dark) { mark.aa-mark { ${DARK} } }
${MARKS('mark.aa-mark')}
mark.aa-mark[title] { cursor: help; }
`.replace(/mark\.aa-markmark/g, 'mark.aa-mark');
