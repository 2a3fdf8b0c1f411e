// The page's features in Chromium (issue #6): counts per kind, tooltips, a
// click on a name, the side panel's three lists, every export (read back
// from the clipboard or the download and parsed), the detected reference
// date, annotate-as-you-type, keyboard use, dark mode and a phone's width.
// Screenshots of the page, light and dark, go to tests/e2e/artifacts/.
//
//   node --test tests/e2e/      (after scripts/build.sh and cargo build --release)

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CLI, FIXTURES, ROOT, WWW, foreignRequests, launchBrowser, openRecorded, serveStatic, waitAnnotated,
} from './support.mjs';

const FIXTURE = path.join(FIXTURES, 'harbour-accord.txt');
const TEXT = fs.readFileSync(FIXTURE, 'utf8');
const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');

let server;
let browser;
let DOC;

function cli(...args) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not built: run cargo build --release`);
  return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), to check the CSV export. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Opens the page and pastes the fixture (a real clipboard paste), which
 *  annotates by itself once typing stops. */
async function annotated(url = `${server.origin}/`) {
  const rec = await openRecorded(browser.context, url);
  await rec.page.evaluate((text) => navigator.clipboard.writeText(text), TEXT);
  await rec.page.getByLabel('Article text').focus();
  await rec.page.keyboard.press('Control+V');
  await waitAnnotated(rec.page);
  assert.equal(await rec.page.getByLabel('Article text').inputValue(), TEXT);
  return rec;
}

async function copied(page, buttonName) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: buttonName }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function tooltipOf(page, selector) {
  await page.locator(selector).first().hover();
  const tip = page.locator('.aa-tooltip');
  await tip.waitFor({ state: 'visible' });
  return tip.textContent();
}

before(async () => {
  server = await serveStatic(WWW);
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  DOC = JSON.parse(cli(FIXTURE));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the page’s features', () => {
  test('a pasted article: highlights and legend counts per kind match the document', async () => {
    const { page, problems } = await annotated();
    const mentions = (kind) => DOC.entities.filter((e) => e.kind === kind).reduce((n, e) => n + e.mentions.length, 0);
    for (const kind of ['person', 'organization', 'place', 'agreement']) {
      const marks = await page.locator(`#article mark[data-kind="${kind}"]:not([data-part])`).count();
      assert.equal(marks, mentions(kind), `${kind} marks`);
      const legend = await page.locator(`.aa-legend-item[data-kind="${kind}"] .aa-count`).textContent();
      assert.equal(Number(legend), DOC.entities.filter((e) => e.kind === kind).length, `${kind} legend count`);
    }
    assert.equal(await page.locator('#article mark[data-kind="date"]:not([data-part])').count(), DOC.dates.length);
    assert.equal(new Set(await page.$$eval('#article mark[data-kind="quote"]', (ms) => ms.map((m) => m.dataset.quote))).size, DOC.quotes.length);
    // The tab counts.
    assert.equal(await page.locator('#count-quotes').textContent(), String(DOC.quotes.length));
    assert.equal(await page.locator('#count-entities').textContent(), String(DOC.entities.length));
    assert.equal(await page.locator('#count-dates').textContent(), String(DOC.dates.length));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tooltips: a date in words, a quote’s speaker with role, a name’s entity', async () => {
    const { page } = await annotated();
    // 2022-01-01 was a Saturday.
    const dateTip = await tooltipOf(page, '#article mark[data-kind="date"][data-value="2022-01-01"]');
    assert.match(dateTip, /Saturday, 1 January 2022/);
    assert.match(dateTip, /2022-01-01/);
    const yearly = await tooltipOf(page, '#article mark[data-kind="date"][data-value="P5Y"]');
    assert.match(yearly, /every 5 years/);
    const month = await tooltipOf(page, '#article mark[data-kind="date"][data-value="2019-03"]');
    assert.match(month, /March 2019/);

    const park = DOC.entities.find((e) => e.name === 'Park Ji-won');
    const q = DOC.quotes.findIndex((x) => x.speaker === park.id);
    const quoteTip = await tooltipOf(page, `#article mark[data-quote="q${q + 1}"]`);
    assert.match(quoteTip, /speaker: Park Ji-won \(Foreign Minister\)/);

    // A short mention ("Park") names the full entity and its role.
    const short = park.mentions.findIndex((m) => m.text === 'Park');
    assert.ok(short >= 0);
    const marks = page.locator(`#article mark[data-entity="${park.id}"]:not([data-part])`);
    await marks.nth(short).hover();
    await page.waitForFunction(() => /mentioned as “Park”/.test(document.querySelector('.aa-tooltip').textContent));
    const nameTip = await page.locator('.aa-tooltip').textContent();
    assert.match(nameTip, /^Park Ji-won — person/);
    assert.match(nameTip, /role: Foreign Minister/);
    // The tooltip describes the hovered mark for assistive technology.
    const described = await marks.nth(short).getAttribute('aria-describedby');
    assert.equal(described, await page.locator('.aa-tooltip').getAttribute('id'));
    await page.close();
  });

  test('clicking a name highlights all its mentions; again clears them', async () => {
    const { page } = await annotated();
    const solberg = DOC.entities.find((e) => e.name === 'Ingrid Solberg');
    await page.locator(`#article mark[data-entity="${solberg.id}"]`).last().click();
    const selected = await page.$$eval('#article mark.aa-selected:not([data-part])', (ms) => ms.map((m) => m.dataset.entity));
    assert.equal(selected.length, solberg.mentions.length);
    assert.ok(selected.every((id) => id === solberg.id));
    assert.match(await page.locator('#status').textContent(), new RegExp(`Ingrid Solberg: ${solberg.mentions.length} mentions highlighted`));
    await page.locator(`#article mark[data-entity="${solberg.id}"]`).first().click();
    assert.equal(await page.locator('#article mark.aa-selected').count(), 0);
    await page.close();
  });

  test('side panel: names by kind with counts, dates in time order; items jump to the text', async () => {
    const { page } = await annotated();
    await page.getByRole('tab', { name: /Names/ }).click();
    assert.equal(await page.locator('#panel-entities').isVisible(), true);
    assert.equal(await page.locator('#panel-quotes').isVisible(), false);
    const groups = await page.$$eval('#entities .aa-entity-group', (gs) => gs.map((g) => ({
      kind: g.dataset.kind,
      count: Number(g.querySelector('h3 .aa-count').textContent),
      names: [...g.querySelectorAll('.aa-entity')].map((b) => [b.querySelector('.aa-entity-name').textContent, Number(b.querySelector('.aa-count').textContent)]),
    })));
    for (const g of groups) {
      const members = DOC.entities.filter((e) => e.kind === g.kind);
      assert.equal(g.count, members.length, g.kind);
      for (const [name, n] of g.names) assert.equal(n, members.find((e) => e.name === name).mentions.length, name);
      // Most mentioned first.
      assert.deepEqual(g.names.map((x) => x[1]), [...g.names.map((x) => x[1])].sort((a, b) => b - a));
    }
    assert.deepEqual(groups.map((g) => g.kind).slice(0, 4), ['person', 'organization', 'place', 'agreement']);
    await page.locator('#entities .aa-entity', { hasText: 'Northern Harbour Cooperation Agreement' }).click();
    const agreement = DOC.entities.find((e) => e.kind === 'agreement');
    assert.equal(await page.locator('#article mark.aa-selected:not([data-part])').count(), agreement.mentions.length);
    assert.equal(await page.locator(`#entities .aa-entity[data-entity="${agreement.id}"]`).getAttribute('aria-pressed'), 'true');

    // Dates: tab with the keyboard (arrow keys move between tabs).
    await page.getByRole('tab', { name: /Names/ }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('tab', { name: /Dates/ }).getAttribute('aria-selected'), 'true');
    const values = await page.$$eval('#dates .aa-date-list', (ls) => ls.map((l) => [...l.querySelectorAll('.aa-date')].map((b) => b.dataset.value)));
    const [placed, rest] = values;
    assert.equal(placed.length + (rest || []).length, DOC.dates.length);
    const key = (v) => `${v.slice(0, 10)}`.padEnd(10, '-');
    for (let i = 1; i < placed.length; i++) assert.ok(key(placed[i - 1]) <= key(placed[i]), `${placed[i - 1]} before ${placed[i]}`);
    assert.equal(placed[0], '2019-03');
    assert.equal(placed[placed.length - 1], '2022-01-01');
    assert.deepEqual(rest.sort(), DOC.dates.filter((d) => d.kind === 'set' || d.kind === 'duration').map((d) => d.value).sort());
    assert.match(await page.locator('#dates .aa-date').first().textContent(), /March 2019/);
    const last = page.locator('#dates .aa-date[data-value="2022-01-01"]');
    await last.click();
    const id = await last.getAttribute('data-date');
    await page.waitForSelector(`#article mark[data-date="${id}"].aa-flash`);
    assert.equal(await page.evaluate((d) => document.activeElement?.dataset.date, id), id);
    await page.close();
  });

  test('exports: quotes as CSV and TSV, W3C Web Annotations, Download', async () => {
    const { page, requests, problems } = await annotated();
    const byId = new Map(DOC.entities.map((e) => [e.id, e]));

    const csv = await copied(page, 'Copy quotes CSV');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['speaker', 'role', 'quote', 'kind', 'article_date']);
    assert.equal(rows.length, DOC.quotes.length + 1);
    DOC.quotes.forEach((q, i) => {
      const speaker = q.speaker ? byId.get(q.speaker) : null;
      assert.deepEqual(rows[i + 1], [speaker?.name || '', speaker?.role || '', q.text, q.kind, '2021-03-04']);
    });
    assert.ok(csv.includes('"The numbers are modest, but the signal matters,"'), 'a quote with commas is quoted');

    const tsv = await copied(page, 'Copy quotes TSV');
    const lines = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(lines.length, DOC.quotes.length + 1);
    assert.ok(lines.every((l) => l.length === 5));
    assert.deepEqual(lines.slice(1).map((l) => l[2]), DOC.quotes.map((q) => q.text));

    const wa = JSON.parse(await copied(page, 'Copy Web Annotations'));
    assert.equal(wa['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(wa.type, 'AnnotationCollection');
    const items = wa.first.items;
    const mentionCount = DOC.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.equal(items.length, mentionCount + DOC.dates.length + DOC.quotes.length);
    assert.equal(wa.total, items.length);
    const codePoints = Array.from(TEXT);
    for (const item of items) {
      assert.equal(item.type, 'Annotation');
      assert.match(item.target.source, /^urn:sha-256:[0-9a-f]{64}$/);
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      // Positions count code points (the headline's 🌊 is one character, two UTF-16 units).
      assert.equal(codePoints.slice(position.start, position.end).join(''), quote.exact);
      assert.ok(TEXT.includes(quote.prefix + quote.exact + quote.suffix));
    }
    const q = items.find((i) => i.target.selector[0].exact === 'The numbers are modest, but the signal matters,');
    assert.ok(q.body.some((b) => b.value === 'quote') && q.body.some((b) => /speaker: Choi Eun-ha/.test(b.value || '')));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    assert.match(download.suggestedFilename(), /^coastal-states-sign-harbour-accord.*\.annotations\.json$/);
    const saved = fs.readFileSync(await download.path(), 'utf8');
    assert.equal(saved, cli(FIXTURE));

    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the reference date is prefilled with the detected one; typing annotates by itself', async () => {
    const { page } = await openRecorded(browser.context, `${server.origin}/`);
    await page.getByLabel('Article text').fill(TEXT);
    // No button pressed: the debounced annotation runs.
    await page.waitForSelector('#article mark[data-kind="quote"]');
    assert.equal(await page.locator('#reference-date').inputValue(), '2021-03-04');
    assert.match(await page.locator('#date-hint').textContent(), /Detected from the article’s date line \(Thursday, 4 March 2021\)/);
    // The prefilled date is not an explicit option: Copy JSON stays the CLI's output without one.
    assert.equal(await copied(page, 'Copy JSON'), cli(FIXTURE).slice(0, -1));
    // Editing the text again re-annotates.
    const n = await waitAnnotated(page);
    await page.getByLabel('Article text').press('End');
    await page.keyboard.type('\n\nPark said on Friday that “talks go on.”');
    await waitAnnotated(page, n);
    assert.ok(await page.locator('#article').evaluate((e) => e.textContent.endsWith('“talks go on.”')));
    await page.close();
  });

  test('keyboard: arrow keys walk the marks with their tooltips; Enter selects a name', async () => {
    const { page } = await annotated();
    await page.locator('#article').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => ({ tag: document.activeElement.tagName, tip: document.activeElement.dataset.tip }));
    assert.equal(first.tag, 'MARK');
    assert.equal(await page.locator('.aa-tooltip').textContent(), first.tip);
    assert.equal(await page.locator('.aa-tooltip').isVisible(), true);
    // Walk until a person mark has focus, then press Enter.
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => document.activeElement.dataset.kind === 'person')) break;
      await page.keyboard.press('ArrowRight');
    }
    const entity = await page.evaluate(() => document.activeElement.dataset.entity);
    assert.ok(entity);
    await page.keyboard.press('Enter');
    assert.ok(await page.locator(`#article mark.aa-selected[data-entity="${entity}"]`).count() >= 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.aa-tooltip').isVisible(), false);
    // Every button has a name; the tabs are a tablist with panels.
    const unnamed = await page.$$eval('button', (bs) => bs.filter((b) => !(b.textContent.trim() || b.getAttribute('aria-label'))).length);
    assert.equal(unnamed, 0);
    assert.equal(await page.locator('[role="tablist"] [role="tab"]').count(), 3);
    for (const tab of await page.locator('[role="tab"]').all()) {
      assert.equal(await page.locator(`#${await tab.getAttribute('aria-controls')}`).getAttribute('role'), 'tabpanel');
    }
    await page.close();
  });

  test('dark mode follows the system; a phone’s width has no sideways scrolling; screenshots', async () => {
    const { page } = await annotated();
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightMark = await page.locator('#article mark[data-kind="person"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.waitForFunction((light) => getComputedStyle(document.querySelector('#article mark[data-kind="person"]')).backgroundColor !== light, lightMark, { timeout: 5000 }).catch(() => {});
    const darkMark = await page.locator('#article mark[data-kind="person"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-dark.png'), fullPage: true });
    const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    assert.ok(luminance(lightBg) > 200, `light background ${lightBg}`);
    assert.ok(luminance(darkBg) < 60, `dark background ${darkBg}`);
    assert.notEqual(lightMark, darkMark);
    await page.close();

    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(`${server.origin}/`);
    await phone.waitForSelector('html[data-ready="true"]');
    await phone.getByLabel('Article text').fill(TEXT);
    await phone.waitForSelector('#article mark');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow at 375 px');
    await phone.screenshot({ path: path.join(ARTIFACTS, 'page-phone.png'), fullPage: false });
    await phone.close();
    for (const f of ['page-light.png', 'page-dark.png', 'page-phone.png']) assert.ok(fs.statSync(path.join(ARTIFACTS, f)).size > 10000, f);
  });
});
