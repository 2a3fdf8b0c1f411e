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
const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };

/** A TIMEX3 value in words where that is easy ("2021-03-03" → "Wednesday,
 *  3 March 2021"); otherwise null and the raw value speaks for itself. */
export function describeTimex(value) {
  if (typeof value !== 'string') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const wd = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
    const day = `${wd}, ${d} ${MONTHS[mo - 1]} ${y}`;
    return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^P(?:T)?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(value);
  if (m) {
    const unit = value.startsWith('PT') && m[2] === 'M' ? 'minute' : UNITS[m[2]];
    return `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
  }
  return { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' }[value] || null;
}

function isRange(r, length) {
  return r && Number.isInteger(r.start) && Number.isInteger(r.end)
    && r.start >= 0 && r.end <= length && r.start < r.end;
}

function entityTitle(entity, mention) {
  const lines = [`${entity.name} — ${kindLabel(entity.kind).toLowerCase()}`];
  if (entity.role) lines.push(entity.role);
  if (mention.text && mention.text !== entity.name) lines.push(`mentioned as “${mention.text}”`);
  if (entity.aliases && entity.aliases.length) lines.push(`also: ${entity.aliases.join(', ')}`);
  if (mention.rule) lines.push(`rule: ${mention.rule}`);
  return lines.join('\n');
}

function dateTitle(date) {
  const lines = [`${DATE_KINDS[date.kind] || date.kind}: ${date.value}`];
  const words = describeTimex(date.value);
  if (words) lines.push(words);
  if (date.rule) lines.push(`rule: ${date.rule}`);
  return lines.join('\n');
}

function quoteTitle(quote, speaker) {
  const lines = [QUOTE_KINDS[quote.kind] || `quote (${quote.kind})`];
  if (speaker) lines.push(`speaker: ${speaker.name} (${kindLabel(speaker.kind).toLowerCase()})`);
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

/**
 * Every span to draw, as { start, end, rank, tag, attrs }. A lower rank is
 * drawn outside a higher one when both cover the same text: page regions,
 * then quotes, then names, then dates, then a quote's speaker reference.
 */
export function collectSpans(text, doc) {
  const length = text.length;
  const spans = [];
  const push = (r, rank, tag, attrs) => {
    if (isRange(r, length)) spans.push({ start: r.start, end: r.end, rank, tag, attrs });
  };
  const parts = doc.document || {};
  push(parts.headline, 0, 'span', { class: 'aa-region', 'data-region': 'headline' });
  push(parts.published, 0, 'span', {
    class: 'aa-region', 'data-region': 'published', title: `published: ${parts.published?.value ?? ''}`,
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
      title: quoteTitle(q, speaker),
    });
    if (q.speaker_mention) {
      push(q.speaker_mention, 4, 'span', {
        class: 'aa-speaker-ref',
        'data-speaker-of': quoteId(i),
        title: speaker ? `speaker of a quote: ${speaker.name}` : 'speaker of a quote',
      });
    }
  });
  for (const e of doc.entities || []) {
    for (const m of e.mentions || []) {
      push(m, 2, 'mark', { 'data-kind': e.kind, 'data-entity': e.id, title: entityTitle(e, m) });
    }
  }
  for (const d of doc.dates || []) {
    push(d, 3, 'mark', {
      'data-kind': 'date', 'data-date-kind': d.kind, 'data-value': d.value, title: dateTitle(d),
    });
  }
  return spans;
}

/**
 * The article as a DocumentFragment of text nodes and (nested) highlight
 * elements. Its textContent is exactly `text`: every character is emitted
 * once, in order. Spans that cross each other are split, the inner one
 * reopened after the outer one closes (the pieces share their attributes and
 * carry data-part="continued").
 */
export function renderArticle(text, doc, ownerDocument = globalThis.document) {
  const fragment = ownerDocument.createDocumentFragment();
  const spans = collectSpans(text, doc);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  // Outer first: earlier start, then longer, then lower rank.
  const order = (a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank;
  spans.sort(order);

  const stack = []; // { span, el }
  const opened = new Set();
  let from = 0; // spans before this index in `spans` have started
  let live = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    while (from < spans.length && spans[from].start <= a) live.push(spans[from++]);
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
export function renderQuotePanel(doc, { onSelect, ownerDocument = globalThis.document } = {}) {
  const groups = quotesBySpeaker(doc);
  const root = el(ownerDocument, 'div', { class: 'aa-quote-groups' });
  if (!groups.length) {
    root.append(el(ownerDocument, 'p', { class: 'aa-empty' }, 'No quotations found in this text.'));
    return root;
  }
  groups.forEach((g, gi) => {
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
    for (const { quote, id } of g.quotes) {
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
  const pieces = container.querySelectorAll(`mark[data-quote="${CSS.escape(id)}"], [data-speaker-of="${CSS.escape(id)}"]`);
  const first = container.querySelector(`mark[data-quote="${CSS.escape(id)}"]`);
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

export { REGIONS };
