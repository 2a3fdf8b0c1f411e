// Article Annotator — exports of an annotations document: quotes as CSV or
// TSV, and W3C Web Annotations (JSON-LD). The JSON document itself is never
// rebuilt here: Copy JSON and Download take annotate_json's bytes unchanged.
//
// Pure functions of (text, doc): no DOM, no state, usable in a worker.

import { kindLabel } from './render.js';

/** The columns of the quote table. */
export const QUOTE_COLUMNS = ['speaker', 'role', 'quote', 'kind', 'article_date'];

/** The article's date for the quote table: the published date line's day,
 *  else the reference date, else empty. */
export function articleDate(doc) {
  const published = doc.document?.published?.value;
  const m = typeof published === 'string' && /^\d{4}-\d{2}-\d{2}/.exec(published);
  return m ? m[0] : doc.reference_date || '';
}

/** One row per quote, in text order: [speaker, role, quote, kind, article date]. */
export function quoteRows(doc) {
  const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
  const date = articleDate(doc);
  return (doc.quotes || []).map((q) => {
    const speaker = q.speaker != null ? byId.get(q.speaker) : null;
    return [speaker ? speaker.name : '', speaker?.role || '', q.text, q.kind, date];
  });
}

/** RFC 4180: every field quoted when it holds a comma, quote, CR or LF; CRLF between records. */
export function toCsv(rows, header = QUOTE_COLUMNS) {
  const field = (v) => {
    const s = String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Tab-separated (as spreadsheets paste it): tabs and line breaks inside a
 *  field become single spaces, since TSV cannot quote them. */
export function toTsv(rows, header = QUOTE_COLUMNS) {
  const field = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');
  return [header, ...rows].map((r) => r.map(field).join('\t')).join('\n') + '\n';
}

export function quotesCsv(doc) {
  return toCsv(quoteRows(doc));
}

export function quotesTsv(doc) {
  return toTsv(quoteRows(doc));
}

/** UTF-16 offset → Unicode code point offset (the Web Annotation model counts
 *  characters, i.e. code points; the document counts UTF-16 code units). */
export function codePointIndex(text) {
  // Prefix table, built once per text: index[u] = code points before unit u.
  const index = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    index[u] = cp;
    const c = text.charCodeAt(u);
    const low = u + 1 < text.length ? text.charCodeAt(u + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      index[u + 1] = cp; // inside a pair: same character
      u++;
    }
    cp++;
  }
  index[text.length] = cp;
  return (u) => index[u];
}

const CONTEXT = 32;

/** Up to 32 code units before / after, never splitting a surrogate pair. */
function around(text, start, end) {
  let a = Math.max(0, start - CONTEXT);
  let b = Math.min(text.length, end + CONTEXT);
  if (a > 0 && /[\udc00-\udfff]/.test(text[a])) a--;
  if (b < text.length && /[\udc00-\udfff]/.test(text[b])) b++;
  return { prefix: text.slice(a, start), suffix: text.slice(end, b) };
}

/** A stable identifier of the text: urn:sha-256:<hex>, or null where
 *  SubtleCrypto is missing. */
export async function textUrn(text) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `urn:sha-256:${[...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The document as a W3C Web Annotation collection (JSON-LD,
 * https://www.w3.org/TR/annotation-model/): one Annotation per entity
 * mention, date and quote, each targeting the text with a TextQuoteSelector
 * (exact, prefix, suffix) and a TextPositionSelector (start, end in code
 * points). `source` names the text (e.g. its URL, or textUrn(text)).
 */
export function toWebAnnotations(text, doc, { source, generated = null } = {}) {
  const cp = codePointIndex(text);
  const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
  const base = source || 'urn:article-annotator:text';
  const items = [];
  const target = (span) => {
    const { prefix, suffix } = around(text, span.start, span.end);
    return {
      source: base,
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix, suffix },
        { type: 'TextPositionSelector', start: cp(span.start), end: cp(span.end) },
      ],
    };
  };
  const tag = (value) => ({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain' });
  const describe = (value) => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' });
  const identify = (value) => ({ type: 'TextualBody', purpose: 'identifying', value, format: 'text/plain' });
  const valid = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end;

  for (const e of doc.entities || []) {
    (e.mentions || []).forEach((m, i) => {
      if (!valid(m)) return;
      const body = [tag(e.kind), identify(e.name)];
      if (e.role) body.push(describe(`role: ${e.role}`));
      items.push({ id: `${base}#${e.id}-m${i + 1}`, type: 'Annotation', motivation: 'identifying', body, target: target(m) });
    });
  }
  (doc.dates || []).forEach((d, i) => {
    if (!valid(d)) return;
    items.push({
      id: `${base}#d${i + 1}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [tag('date'), tag(d.kind), describe(`TIMEX3 value: ${d.value}`)],
      target: target(d),
    });
  });
  (doc.quotes || []).forEach((q, i) => {
    if (!valid(q)) return;
    const speaker = q.speaker != null ? byId.get(q.speaker) : null;
    const body = [tag('quote'), tag(q.kind)];
    if (speaker) {
      body.push(describe(`speaker: ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}`));
      body.push({ type: 'SpecificResource', purpose: 'linking', source: `${base}#${speaker.id}` });
    }
    items.push({ id: `${base}#q${i + 1}`, type: 'Annotation', motivation: 'describing', body, target: target(q) });
  });
  for (const item of items) {
    if (generated) item.created = generated;
    item.generator = { id: 'urn:article-annotator', type: 'Software', name: `Article Annotator (${doc.schema || 'article-annotator/1'})` };
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}#annotations`,
    type: 'AnnotationCollection',
    label: `Annotations of ${text.trim().split('\n')[0].slice(0, 120) || 'an article'}: ${[...new Set((doc.entities || []).map((e) => kindLabel(e.kind).toLowerCase()))].join(', ') || 'no names'}, dates, quotes`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
