// Article Annotator — rendering.
//
// Turns (text, annotations document) into DOM: the article with nested
// <mark> highlights, the "Quotes by speaker" panel and the legend. Display
// only: what is a person, a date or a quote, and who said what, is decided in
// WebAssembly (see ../shared/spec/annotations.md for the document). This module
// has no state and touches no element it was not given, so it can be wrapped
// as an embeddable custom element.
//
// Offsets in the document are UTF-16 code units, which is what JavaScript
// string indices are, so `text.slice(start, end)` is the covered text.

/** The kinds the page knows, in legend order. Other entity kinds the core may
 *  add later (event, nationality, …) are still shown, with a neutral style. */
export const KINDS = [
  { kind: 'person', label: 'Person', plural: 'People' },
  { kind: 'organization', label: 'Organization', plural: 'Organizations' },
  { kind: 'place', label: 'Place', plural: 'Places' },
  { kind: 'agreement', label: 'Agreement', plural: 'Agreements' },
  { kind: 'group', label: 'Group', plural: 'Groups' },
  { kind: 'date', label: 'Date', plural: 'Dates' },
  { kind: 'quote', label: 'Quote', plural: 'Quotes' },
];

const DATE_KINDS = { date: 'date', time: 'time', duration: 'duration', set: 'recurring' };
const QUOTE_KINDS = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' };
const REGIONS = ['headline', 'published', 'byline', 'caption', 'boilerplate'];

/** "person" → "Person"; unknown kinds are capitalised as they come. */
export function kindLabel(kind) {
  const k = KINDS.find((x) => x.kind === kind);
  if (k) return k.label;
  const s = String(kind || 'other');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };
const TIME_UNITS = { H: 'hour', M: 'minute', S: 'second' };
const DECADE_UNITS = { DE: 'decade', CE: 'century' };
const PARTS_OF_DAY = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const REFS = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };

function count(n, unit) {
  if (n === 'X') return `some ${unit}s`;
  return `${n} ${unit}${n === '1' ? '' : 's'}`;
}

/** "P1Y6M" → "1 year and 6 months", "PT40M" → "40 minutes", "PXY" → "some years". */
function describeDuration(value) {
  const m = /^P(?:((?:\d+(?:\.\d+)?|X)[YMWD]|(?:\d+|X)(?:DE|CE))*)?(?:T((?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const parts = [];
  const datePart = value.slice(1).split('T')[0];
  for (const [, n, u] of datePart.matchAll(/(\d+(?:\.\d+)?|X)(DE|CE|[YMWD])/g)) parts.push(count(n, DECADE_UNITS[u] || UNITS[u]));
  for (const [, n, u] of (m[2] || '').matchAll(/(\d+(?:\.\d+)?|X)([HMS])/g)) parts.push(count(n, TIME_UNITS[u]));
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "2019-11-17" → "Sunday, 17 November 2019"; a year of XXXX → "17 November (year not known)". */
function describeDay(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (y === 'XXXX') return `${d} ${MONTHS[mo - 1]} (year not known)`;
  const wd = WEEKDAYS[new Date(Date.UTC(Number(y), mo - 1, d)).getUTCDay()];
  return `${wd}, ${d} ${MONTHS[mo - 1]} ${Number(y)}`;
}

function describeYear(y) {
  if (y === 'XXXX') return 'a year not known';
  return String(Number(y));
}

/**
 * A TIMEX3 value in words ("2019-11-17" → "Sunday, 17 November 2019",
 * "P5M" → "5 months", "2019-W47" → "week 47 of 2019", "PRESENT_REF" → "the
 * present"); `kind` "set" makes a recurrence ("P1W" → "every week"). null
 * when the value is not one this page knows: the raw value then speaks for itself.
 */
export function describeTimex(value, kind) {
  if (typeof value !== 'string' || !value) return null;
  if (REFS[value]) return REFS[value];
  let m;
  if (value.startsWith('P')) {
    const words = describeDuration(value);
    if (!words) return null;
    if (kind === 'set') {
      const one = /^P1([YMWD]|T1[HM])$/.exec(value);
      if (one) return `every ${words.replace(/^1 /, '')}`;
      return `every ${words}`;
    }
    return words;
  }
  // Day (with an optional time or part of day).
  m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?|(MO|MI|AF|EV|NI|DT)))?$/.exec(value);
  if (m) {
    const day = describeDay(m[1], Number(m[2]), Number(m[3]));
    if (!day) return null;
    if (m[8]) return `${day}, ${PARTS_OF_DAY[m[8]]}`;
    if (m[4]) {
      const time = m[4] === '24' && m[5] === '00' ? 'midnight (end of the day)' : `${m[4]}:${m[5]}`;
      return `${day}, ${time}${m[7] ? ` (UTC${m[7] === 'Z' ? '' : m[7]})` : ''}`;
    }
    return day;
  }
  m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return m[1] === 'XXXX' ? `${MONTHS[Number(m[2]) - 1]} (year not known)` : `${MONTHS[Number(m[2]) - 1]} ${Number(m[1])}`;
  }
  m = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(WE|[1-7]))?$/.exec(value);
  if (m) {
    if (kind === 'set' && m[2] === 'XX' && m[3] && m[3] !== 'WE') return `every ${ISO_WEEKDAYS[Number(m[3]) - 1]}`;
    if (kind === 'set' && m[2] === 'XX' && m[3] === 'WE') return 'every weekend';
    const week = m[2] === 'XX' ? 'a week' : `week ${Number(m[2])}`;
    const year = m[1] === 'XXXX' ? '' : ` of ${Number(m[1])}`;
    if (m[3] === 'WE') return `the weekend of ${week}${year}`;
    if (m[3]) return `${ISO_WEEKDAYS[Number(m[3]) - 1]} of ${week}${year}`;
    return `${week}${year}`;
  }
  m = /^(\d{4}|XXXX)-Q([1-4])$/.exec(value);
  if (m) return `the ${ORDINALS[Number(m[2]) - 1]} quarter of ${describeYear(m[1])}`;
  m = /^(\d{4}|XXXX)-H([12])$/.exec(value);
  if (m) return `the ${ORDINALS[Number(m[2]) - 1]} half of ${describeYear(m[1])}`;
  m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${m[1] === 'XXXX' ? 'the' : ''}${m[1] === 'XXXX' ? ' ' : ''}${SEASONS[m[2]]}${m[1] === 'XXXX' ? '' : ` ${Number(m[1])}`}`;
  m = /^XXXX-XX-(\d{2})$/.exec(value);
  if (m) return `day ${Number(m[1])} of a month`;
  if (/^\d{4}$/.test(value)) return kind === 'set' ? null : `the year ${Number(value)}`;
  m = /^(\d{3})X?$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return `the ${Number(m[1]) + 1}${['st', 'nd', 'rd'][((Number(m[1]) + 1) % 10) - 1] && ![11, 12, 13].includes(Number(m[1]) + 1) ? ['st', 'nd', 'rd'][((Number(m[1]) + 1) % 10) - 1] : 'th'} century`;
  return null;
}

/**
 * A sort key placing a TIMEX3 value on the time line (the first day it
 * covers, as "YYYY-MM-DD" plus the time when there is one), or null for values
 * that are no point in time (durations, sets, unknown years). PRESENT_REF is
 * the reference date.
 */
export function timelineKey(value, referenceDate) {
  if (typeof value !== 'string') return null;
  if (value === 'PRESENT_REF') return referenceDate || null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!m) return null;
  const rest = value.slice(m[0].length);
  const y = m[1];
  if (m[3]) return `${y}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}` : ''}`;
  if (m[2]) return `${y}-${m[2]}-00`;
  m = /^-W(\d{2})/.exec(rest);
  if (m) {
    // Monday of ISO week: 4 January is always in week 1.
    const jan4 = new Date(Date.UTC(Number(y), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(m[1]) - 1) * 7 * 864e5);
    return monday.toISOString().slice(0, 10);
  }
  m = /^-Q([1-4])/.exec(rest);
  if (m) return `${y}-${String((Number(m[1]) - 1) * 3 + 1).padStart(2, '0')}-00`;
  m = /^-H([12])/.exec(rest);
  if (m) return `${y}-${m[1] === '1' ? '01' : '07'}-00`;
  m = /^-(SP|SU|FA|WI)/.exec(rest);
  if (m) return `${y}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[1]]}-00`;
  return `${y}-00-00`;
}

function isRange(r, length) {
  return r && Number.isInteger(r.start) && Number.isInteger(r.end)
    && r.start >= 0 && r.end <= length && r.start < r.end;
}

/** The entity `entity.affiliation` names (an entity id or a plain name), if any. */
function affiliationName(entity, byId) {
  const a = entity.affiliation;
  if (!a) return null;
  if (typeof a === 'string') return byId?.get(a)?.name || a;
  if (typeof a === 'object' && a.name) return a.name;
  return null;
}

/** "Park Ji-won (Foreign Minister, Ministry of Foreign Affairs)". */
export function entityLabel(entity, byId) {
  const extra = [entity.role, affiliationName(entity, byId)].filter(Boolean);
  return extra.length ? `${entity.name} (${extra.join(', ')})` : entity.name;
}

function entityTip(entity, mention, byId) {
  const lines = [`${entity.name} — ${kindLabel(entity.kind).toLowerCase()}`];
  if (entity.role) lines.push(`role: ${entity.role}`);
  const affiliation = affiliationName(entity, byId);
  if (affiliation) lines.push(`affiliation: ${affiliation}`);
  if (mention.text && mention.text !== entity.name) lines.push(`mentioned as “${mention.text}”`);
  if (entity.aliases && entity.aliases.length) lines.push(`also: ${entity.aliases.join(', ')}`);
  const n = (entity.mentions || []).length;
  lines.push(`${n} ${n === 1 ? 'mention' : 'mentions'} (press to highlight them all)`);
  if (mention.rule) lines.push(`rule: ${mention.rule}`);
  return lines.join('\n');
}

/** A date's tooltip: its value in words first, then the TIMEX3 value. */
export function dateTip(date) {
  const lines = [];
  const words = describeTimex(date.value, date.kind);
  if (words) lines.push(words);
  lines.push(`${DATE_KINDS[date.kind] || date.kind}: ${date.value}`);
  if (date.rule) lines.push(`rule: ${date.rule}`);
  return lines.join('\n');
}

function quoteTip(quote, speaker, byId) {
  const lines = [QUOTE_KINDS[quote.kind] || `quote (${quote.kind})`];
  if (speaker) lines.push(`speaker: ${entityLabel(speaker, byId)}`);
  else lines.push('no speaker named');
  if (quote.speaker_mention && speaker && quote.speaker_mention.text !== speaker.name) {
    lines.push(`named here as “${quote.speaker_mention.text}”`);
  }
  if (quote.cue) lines.push(`cue: “${quote.cue.text}”`);
  if (quote.rule) lines.push(`rule: ${quote.rule}`);
  return lines.join('\n');
}

/** Quote ids used in the DOM: q1, q2, … in document order. */
export function quoteId(index) {
  return `q${index + 1}`;
}

/** Date ids used in the DOM: d1, d2, … in document order. */
export function dateId(index) {
  return `d${index + 1}`;
}

/**
 * Every span to draw, as { start, end, rank, tag, attrs }. A lower rank is
 * drawn outside a higher one when both cover the same text: page regions,
 * then quotes, then names, then dates, then a quote's speaker reference.
 */
export function collectSpans(text, doc, { kinds = null } = {}) {
  const length = text.length;
  const spans = [];
  const push = (r, rank, tag, attrs) => {
    if (kinds && attrs['data-kind'] && !kinds.has(attrs['data-kind'])) return;
    if (isRange(r, length)) spans.push({ start: r.start, end: r.end, rank, tag, attrs });
  };
  const parts = doc.document || {};
  push(parts.headline, 0, 'span', { class: 'aa-region', 'data-region': 'headline' });
  push(parts.published, 0, 'span', {
    class: 'aa-region', 'data-region': 'published', 'data-tip': `published: ${describeTimex(parts.published?.value) || parts.published?.value || ''}`,
  });
  for (const b of parts.bylines || []) push(b, 0, 'span', { class: 'aa-region', 'data-region': 'byline' });
  for (const c of parts.captions || []) push(c, 0, 'span', { class: 'aa-region', 'data-region': 'caption' });
  for (const b of parts.boilerplate || []) push(b, 0, 'span', { class: 'aa-region', 'data-region': 'boilerplate' });

  const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
  (doc.quotes || []).forEach((q, i) => {
    const speaker = q.speaker != null ? byId.get(q.speaker) : null;
    push(q, 1, 'mark', {
      'data-kind': 'quote',
      'data-quote': quoteId(i),
      'data-quote-kind': q.kind,
      ...(speaker ? { 'data-speaker': speaker.id } : {}),
      'data-tip': quoteTip(q, speaker, byId),
    });
    if (q.speaker_mention) {
      push(q.speaker_mention, 4, 'span', {
        class: 'aa-speaker-ref',
        'data-speaker-of': quoteId(i),
        'data-tip': speaker ? `speaker of a quote: ${entityLabel(speaker, byId)}` : 'speaker of a quote',
      });
    }
  });
  for (const e of doc.entities || []) {
    for (const m of e.mentions || []) {
      push(m, 2, 'mark', { 'data-kind': e.kind, 'data-entity': e.id, 'data-tip': entityTip(e, m, byId) });
    }
  }
  (doc.dates || []).forEach((d, i) => {
    push(d, 3, 'mark', {
      'data-kind': 'date', 'data-date': dateId(i), 'data-date-kind': d.kind, 'data-value': d.value, 'data-tip': dateTip(d),
    });
  });
  return spans;
}

/**
 * The article as a DocumentFragment of text nodes and (nested) highlight
 * elements. Its textContent is exactly `text`: every character is emitted
 * once, in order. Spans that cross each other are split, the inner one
 * reopened after the outer one closes (the pieces share their attributes and
 * carry data-part="continued").
 */
export function renderArticle(text, doc, ownerDocument = globalThis.document, { kinds = null } = {}) {
  return buildFragment(text, collectSpans(text, doc, { kinds }), 0, text.length, ownerDocument);
}

/**
 * The article in pieces for long texts: [{ from, to, render() → fragment }],
 * cut only where no span is open (after a line break when one is near), each
 * about `chunkSize` code units. Appending every piece's fragment in order
 * gives renderArticle's result.
 */
export function articleChunks(text, doc, { chunkSize = 60000, kinds = null, ownerDocument = globalThis.document } = {}) {
  const spans = collectSpans(text, doc, { kinds });
  // covered[i]: the furthest end of the spans starting at or before i.
  const starts = [...spans].sort((x, y) => x.start - y.start);
  const open = (p) => {
    // Is some span open across p (start < p < end)? Binary search the sweep.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid].start < p) lo = mid + 1; else hi = mid; }
    return lo > 0 && maxEnd[lo - 1] > p;
  };
  const maxEnd = [];
  let m = 0;
  for (const sp of starts) { m = Math.max(m, sp.end); maxEnd.push(m); }
  const cuts = [0];
  let at = 0;
  while (text.length - at > chunkSize * 1.5) {
    let p = at + chunkSize;
    const nl = text.indexOf('\n', p);
    if (nl >= 0 && nl - p < chunkSize / 2) p = nl + 1;
    while (p < text.length && (open(p) || (/[\udc00-\udfff]/.test(text[p])))) p++;
    if (p >= text.length) break;
    cuts.push(p);
    at = p;
  }
  cuts.push(text.length);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const to = cuts[i + 1];
    pieces.push({ from, to, render: () => buildFragment(text, spans.filter((sp) => sp.start >= from && sp.end <= to), from, to, ownerDocument) });
  }
  return pieces;
}

function buildFragment(text, spans, from, to, ownerDocument) {
  const fragment = ownerDocument.createDocumentFragment();
  const cuts = new Set([from, to]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  // Outer first: earlier start, then longer, then lower rank.
  const order = (a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank;
  spans = [...spans].sort(order);

  const stack = []; // { span, el }
  const opened = new Set();
  let next = 0; // spans before this index in `spans` have started
  let live = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    while (next < spans.length && spans[next].start <= a) live.push(spans[next++]);
    live = live.filter((s) => s.end > a);
    const active = live.filter((s) => s.start <= a && s.end >= b); // all of them, by construction
    // Keep the open elements that are still active, in the same order.
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].span === active[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < active.length; k++) {
      const s = active[k];
      const el = ownerDocument.createElement(s.tag);
      for (const [name, value] of Object.entries(s.attrs)) el.setAttribute(name, value);
      if (opened.has(s)) el.dataset.part = 'continued';
      opened.add(s);
      (k === 0 ? fragment : stack[k - 1].el).appendChild(el);
      stack.push({ span: s, el });
    }
    const node = ownerDocument.createTextNode(text.slice(a, b));
    (stack.length ? stack[stack.length - 1].el : fragment).appendChild(node);
  }
  return fragment;
}

/**
 * Quotes grouped by speaker, in order of each speaker's first quote; the
 * unattributed ones last, in a group with `entity: null`.
 */
export function quotesBySpeaker(doc) {
  const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
  const groups = new Map();
  (doc.quotes || []).forEach((q, index) => {
    const entity = q.speaker != null ? byId.get(q.speaker) || null : null;
    const key = entity ? entity.id : '';
    if (!groups.has(key)) groups.set(key, { entity, quotes: [] });
    groups.get(key).quotes.push({ quote: q, index, id: quoteId(index) });
  });
  const named = [...groups.values()].filter((g) => g.entity);
  const nobody = groups.get('');
  return nobody ? [...named, nobody] : named;
}

/** Lists in the side panel stop here: a multi-megabyte text has tens of
 *  thousands of items, which no one reads in a list (the exports have them all). */
export const LIST_LIMIT = 300;

function appendMore(parent, more, what, ownerDocument) {
  if (more > 0) parent.append(el(ownerDocument, 'p', { class: 'aa-more' }, `… and ${more} more ${what} (all of them are in the exports).`));
}

function el(ownerDocument, tag, attrs = {}, ...children) {
  const node = ownerDocument.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

/**
 * The "Quotes by speaker" panel: one <section> per speaker, each quote a
 * button carrying data-quote (the id of its highlight in the article).
 * `onSelect(id)` is called when one is pressed.
 */
export function renderQuotePanel(doc, { onSelect, limit = LIST_LIMIT, ownerDocument = globalThis.document } = {}) {
  const groups = quotesBySpeaker(doc);
  const root = el(ownerDocument, 'div', { class: 'aa-quote-groups' });
  if (!groups.length) {
    root.append(el(ownerDocument, 'p', { class: 'aa-empty' }, 'No quotations found in this text.'));
    return root;
  }
  let budget = limit;
  groups.forEach((g, gi) => {
    if (budget <= 0) return;
    const headingId = `aa-speaker-${gi + 1}`;
    const section = el(ownerDocument, 'section', {
      class: 'aa-speaker-group',
      'data-speaker': g.entity ? g.entity.id : '',
      'aria-labelledby': headingId,
    });
    const heading = el(ownerDocument, 'h3', { id: headingId, class: 'aa-speaker-name' });
    if (g.entity) {
      heading.append(
        el(ownerDocument, 'span', { class: 'aa-speaker-label' }, g.entity.name),
        ' ',
        el(ownerDocument, 'span', { class: 'aa-badge', 'data-kind': g.entity.kind }, kindLabel(g.entity.kind)),
      );
    } else {
      heading.append(el(ownerDocument, 'span', { class: 'aa-speaker-label' }, 'No speaker named'));
    }
    heading.append(' ', el(ownerDocument, 'span', { class: 'aa-count', 'aria-label': `${g.quotes.length} ${g.quotes.length === 1 ? 'quote' : 'quotes'}` }, String(g.quotes.length)));
    section.append(heading);
    if (g.entity && g.entity.role) section.append(el(ownerDocument, 'p', { class: 'aa-role' }, g.entity.role));
    const list = el(ownerDocument, 'ol', { class: 'aa-quote-list' });
    for (const { quote, id } of g.quotes.slice(0, budget)) {
      budget--;
      const button = el(ownerDocument, 'button', {
        type: 'button', class: 'aa-quote', 'data-quote': id, 'data-quote-kind': quote.kind,
        title: `Show in the article (${QUOTE_KINDS[quote.kind] || quote.kind})`,
      }, el(ownerDocument, 'q', {}, quote.text));
      if (quote.kind !== 'direct') {
        button.append(el(ownerDocument, 'span', { class: 'aa-quote-kind' }, QUOTE_KINDS[quote.kind] || quote.kind));
      }
      if (onSelect) button.addEventListener('click', () => onSelect(id));
      list.append(el(ownerDocument, 'li', {}, button));
    }
    section.append(list);
    root.append(section);
  });
  appendMore(root, (doc.quotes || []).length - limit, 'quotations', ownerDocument);
  return root;
}

/** Counts per kind: entities (and their mentions), dates, quotes. */
export function countKinds(doc) {
  const counts = new Map();
  const bump = (kind, n, mentions) => {
    const c = counts.get(kind) || { kind, count: 0, mentions: 0 };
    c.count += n;
    c.mentions += mentions;
    counts.set(kind, c);
  };
  for (const e of doc.entities || []) bump(e.kind, 1, (e.mentions || []).length);
  bump('date', (doc.dates || []).length, (doc.dates || []).length);
  bump('quote', (doc.quotes || []).length, (doc.quotes || []).length);
  const known = KINDS.map((k) => k.kind);
  return [...counts.values()].sort((a, b) => {
    const ia = known.indexOf(a.kind);
    const ib = known.indexOf(b.kind);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.kind.localeCompare(b.kind);
  });
}

/**
 * The legend: a toggle button per kind with its swatch, name and count.
 * Kinds with nothing found are listed too (count 0, disabled) so the
 * legend's shape does not jump between articles; `group` and other extra
 * kinds only when present. `onToggle(kind, shown)` is called on a press.
 */
export function renderLegend(doc, { onToggle, hidden = new Set(), ownerDocument = globalThis.document } = {}) {
  const counts = countKinds(doc);
  const list = el(ownerDocument, 'ul', { class: 'aa-legend' });
  for (const c of counts) {
    if (c.count === 0 && !['person', 'organization', 'place', 'agreement', 'date', 'quote'].includes(c.kind)) continue;
    const what = c.kind === 'quote' ? (c.count === 1 ? 'quote' : 'quotes')
      : c.kind === 'date' ? (c.count === 1 ? 'date or time' : 'dates and times')
        : `${c.count === 1 ? 'entity' : 'entities'}, ${c.mentions} ${c.mentions === 1 ? 'mention' : 'mentions'}`;
    const shown = !hidden.has(c.kind);
    const button = el(ownerDocument, 'button', {
      type: 'button',
      class: 'aa-legend-item',
      'data-kind': c.kind,
      'aria-pressed': String(shown),
      disabled: c.count === 0,
      title: `${kindLabel(c.kind)}: ${c.count} ${what}. Press to ${shown ? 'hide' : 'show'} these highlights.`,
    },
    el(ownerDocument, 'span', { class: 'aa-swatch', 'data-kind': c.kind, 'aria-hidden': 'true' }),
    el(ownerDocument, 'span', { class: 'aa-legend-label' }, kindLabel(c.kind)),
    el(ownerDocument, 'span', { class: 'aa-count' }, String(c.count)));
    if (onToggle) {
      button.addEventListener('click', () => {
        const now = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', String(now));
        button.title = button.title.replace(/Press to (hide|show)/, `Press to ${now ? 'hide' : 'show'}`);
        onToggle(c.kind, now);
      });
    }
    list.append(el(ownerDocument, 'li', {}, button));
  }
  return list;
}

/** Scrolls the first highlight of quote `id` inside `container` into view and
 *  flashes every piece of it (and its speaker reference). Returns the element. */
export function flashQuote(container, id) {
  return flashMarks(container, `mark[data-quote="${CSS.escape(id)}"]`, `[data-speaker-of="${CSS.escape(id)}"]`);
}

/** The same for a date (`d1`, …). */
export function flashDate(container, id) {
  return flashMarks(container, `mark[data-date="${CSS.escape(id)}"]`);
}

/** Scrolls the first element matching `selector` into view, flashes it and
 *  everything matching `selector` or `extra`, and focuses it. */
export function flashMarks(container, selector, extra) {
  const pieces = container.querySelectorAll(extra ? `${selector}, ${extra}` : selector);
  const first = container.querySelector(selector);
  if (!first) return null;
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  for (const p of pieces) {
    p.classList.remove('aa-flash');
    void p.offsetWidth; // restart the animation
    p.classList.add('aa-flash');
    p.addEventListener('animationend', () => p.classList.remove('aa-flash'), { once: true });
  }
  if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
  first.focus({ preventScroll: true });
  return first;
}

/**
 * Marks every mention of entity `id` inside `container` (class aa-selected);
 * with `id` null, clears the selection. Returns the number of mentions.
 */
export function selectEntity(container, id) {
  for (const m of container.querySelectorAll('mark.aa-selected')) m.classList.remove('aa-selected');
  if (!id) return 0;
  const marks = container.querySelectorAll(`mark[data-entity="${CSS.escape(id)}"]`);
  for (const m of marks) m.classList.add('aa-selected');
  return container.querySelectorAll(`mark[data-entity="${CSS.escape(id)}"]:not([data-part])`).length;
}

/**
 * Entities grouped by kind (in legend order), each with its mention count,
 * most mentioned first. Each entity is a button carrying data-entity;
 * `onSelect(id)` is called when one is pressed.
 */
export function renderEntityPanel(doc, { onSelect, limit = LIST_LIMIT, ownerDocument = globalThis.document } = {}) {
  const root = el(ownerDocument, 'div', { class: 'aa-entity-groups' });
  const entities = doc.entities || [];
  if (!entities.length) {
    root.append(el(ownerDocument, 'p', { class: 'aa-empty' }, 'No people, organizations, places or agreements found.'));
    return root;
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const kinds = countKinds(doc).filter((c) => c.kind !== 'date' && c.kind !== 'quote' && c.count > 0);
  for (const c of kinds) {
    const headingId = `aa-kind-${c.kind}`;
    const section = el(ownerDocument, 'section', { class: 'aa-entity-group', 'data-kind': c.kind, 'aria-labelledby': headingId });
    section.append(el(ownerDocument, 'h3', { id: headingId, class: 'aa-group-name' },
      el(ownerDocument, 'span', { class: 'aa-badge', 'data-kind': c.kind }, KINDS.find((k) => k.kind === c.kind)?.plural || kindLabel(c.kind)),
      ' ',
      el(ownerDocument, 'span', { class: 'aa-count', 'aria-label': `${c.count} ${c.count === 1 ? 'entity' : 'entities'}` }, String(c.count))));
    const list = el(ownerDocument, 'ul', { class: 'aa-entity-list' });
    const members = entities.filter((e) => e.kind === c.kind)
      .sort((a, b) => (b.mentions || []).length - (a.mentions || []).length || (a.mentions?.[0]?.start ?? 0) - (b.mentions?.[0]?.start ?? 0));
    for (const e of members.slice(0, limit)) {
      const n = (e.mentions || []).length;
      const details = [e.role, affiliationName(e, byId)].filter(Boolean).join(', ');
      const button = el(ownerDocument, 'button', {
        type: 'button', class: 'aa-entity', 'data-entity': e.id, 'data-kind': e.kind,
        title: `Highlight the ${n === 1 ? 'mention' : `${n} mentions`} of ${e.name} in the article`,
      },
      el(ownerDocument, 'span', { class: 'aa-entity-name' }, e.name),
      details ? el(ownerDocument, 'span', { class: 'aa-entity-role' }, details) : null,
      el(ownerDocument, 'span', { class: 'aa-count', 'aria-label': `${n} ${n === 1 ? 'mention' : 'mentions'}` }, String(n)));
      if (onSelect) button.addEventListener('click', () => onSelect(e.id));
      list.append(el(ownerDocument, 'li', {}, button));
    }
    section.append(list);
    appendMore(section, members.length - limit, KINDS.find((k) => k.kind === c.kind)?.plural.toLowerCase() || 'entities', ownerDocument);
    root.append(section);
  }
  return root;
}

/**
 * The dates in time order (earliest first); durations, recurrences and dates
 * with an unknown year after them, in text order. Each is a button carrying
 * data-date; `onSelect(id)` is called when one is pressed.
 */
export function datesInTimeOrder(doc) {
  const items = (doc.dates || []).map((date, index) => ({ date, index, id: dateId(index), key: date.kind === 'set' || date.kind === 'duration' ? null : timelineKey(date.value, doc.reference_date) }));
  const placed = items.filter((i) => i.key).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const rest = items.filter((i) => !i.key);
  return { placed, rest };
}

export function renderDatePanel(doc, { onSelect, limit = LIST_LIMIT, ownerDocument = globalThis.document } = {}) {
  const root = el(ownerDocument, 'div', { class: 'aa-date-groups' });
  const { placed, rest } = datesInTimeOrder(doc);
  if (!placed.length && !rest.length) {
    root.append(el(ownerDocument, 'p', { class: 'aa-empty' }, 'No dates or times found.'));
    return root;
  }
  const list = (items, label, id) => {
    if (!items.length) return;
    root.append(el(ownerDocument, 'h3', { class: 'aa-group-name', id }, label));
    const ol = el(ownerDocument, 'ol', { class: 'aa-date-list', 'aria-labelledby': id });
    for (const { date, id: did } of items.slice(0, limit)) {
      const words = describeTimex(date.value, date.kind);
      const button = el(ownerDocument, 'button', {
        type: 'button', class: 'aa-date', 'data-date': did, 'data-value': date.value, title: 'Show in the article',
      },
      el(ownerDocument, 'span', { class: 'aa-date-words' }, words || date.value),
      el(ownerDocument, 'span', { class: 'aa-date-text' }, `“${date.text}” · ${date.value}`));
      if (onSelect) button.addEventListener('click', () => onSelect(did));
      ol.append(el(ownerDocument, 'li', {}, button));
    }
    root.append(ol);
    appendMore(root, items.length - limit, 'dates', ownerDocument);
  };
  list(placed, 'On the time line', 'aa-dates-placed');
  list(rest, 'Durations, recurrences, unplaced', 'aa-dates-rest');
  return root;
}

/**
 * Tooltips and keyboard use for an article rendered by renderArticle inside
 * `container` (which should be focusable: tabindex="0"). Hovering or focusing
 * a highlight shows its data-tip in one role="tooltip" element; inside the
 * article, the arrow keys (or n / p) move between highlights, Enter or Space
 * presses a name (onEntity), Escape hides the tooltip. Returns { destroy }.
 */
export function attachArticleInteraction(container, { onEntity, tooltipHost = container.parentNode } = {}) {
  const ownerDocument = container.ownerDocument;
  const tip = ownerDocument.createElement('div');
  tip.className = 'aa-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `aa-tooltip-${Math.random().toString(36).slice(2, 9)}`;
  tip.hidden = true;
  tooltipHost.append(tip);
  let current = null;

  const tipTarget = (node) => {
    for (let n = node; n && n !== container; n = n.parentElement) {
      if (n.nodeType === 1 && n.hasAttribute('data-tip') && n.tagName === 'MARK') return n;
    }
    return null;
  };
  const show = (mark) => {
    if (!mark) { hide(); return; }
    current?.removeAttribute('aria-describedby');
    current = mark;
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    const r = mark.getBoundingClientRect();
    const host = tip.offsetParent?.getBoundingClientRect() || { left: 0, top: 0 };
    const view = ownerDocument.defaultView;
    const width = Math.min(360, view.innerWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(r.left, view.innerWidth - width - 8));
    const below = r.bottom + 8 + tip.offsetHeight < view.innerHeight;
    const top = below ? r.bottom + 6 : r.top - tip.offsetHeight - 6;
    tip.style.left = `${left - host.left}px`;
    tip.style.top = `${top - host.top}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  // The marks to visit: not the continued pieces of a split one, not the kinds the legend hides.
  const marks = () => [...container.querySelectorAll('mark[data-tip]:not([data-part])')]
    .filter((m) => !container.classList.contains(`hide-${m.dataset.kind}`));
  const move = (step) => {
    const all = marks();
    if (!all.length) return;
    const active = ownerDocument.activeElement?.closest?.('mark') || container.getRootNode().activeElement;
    let i = all.indexOf(active);
    i = i < 0 ? (step > 0 ? 0 : all.length - 1) : (i + step + all.length) % all.length;
    const m = all[i];
    if (!m.hasAttribute('tabindex')) m.setAttribute('tabindex', '-1');
    m.focus();
    m.scrollIntoView({ block: 'nearest' });
  };

  const onOver = (e) => show(tipTarget(e.target));
  const onOut = (e) => { if (!tipTarget(e.relatedTarget)) hide(); };
  const onFocus = (e) => show(tipTarget(e.target));
  const onBlur = (e) => { if (!container.contains(e.relatedTarget)) hide(); };
  const press = (target) => {
    const mark = target.closest?.('mark[data-entity]');
    if (mark && container.contains(mark) && onEntity) onEntity(mark.dataset.entity, mark);
  };
  const onClick = (e) => press(e.target);
  const onKey = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (['ArrowRight', 'ArrowDown', 'n'].includes(e.key)) { e.preventDefault(); move(1); } else if (['ArrowLeft', 'ArrowUp', 'p'].includes(e.key)) { e.preventDefault(); move(-1); } else if (e.key === 'Escape') hide();
    else if ((e.key === 'Enter' || e.key === ' ') && e.target !== container) { e.preventDefault(); press(e.target); }
  };
  container.addEventListener('mouseover', onOver);
  container.addEventListener('mouseout', onOut);
  container.addEventListener('focusin', onFocus);
  container.addEventListener('focusout', onBlur);
  container.addEventListener('click', onClick);
  container.addEventListener('keydown', onKey);
  return {
    hide,
    destroy() {
      for (const [type, fn] of [['mouseover', onOver], ['mouseout', onOut], ['focusin', onFocus], ['focusout', onBlur], ['click', onClick], ['keydown', onKey]]) {
        container.removeEventListener(type, fn);
      }
      tip.remove();
    },
  };
}

export { REGIONS };
