// The page in a real browser (Debian's Chromium driven by playwright-core):
//   node --test tests/e2e/          (after scripts/build.sh and cargo build --release)
//
// Asserts robust facts only (the annotator's rules keep improving): marks of
// each kind exist, the text is never altered, quotes are grouped under their
// speakers, and Copy JSON gives byte for byte what the command-line program
// prints for the same file.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CLI, FIXTURES, SINGLE_FILE, WWW, launchBrowser, openRecorded, serveStatic, waitReady,
} from './support.mjs';

const FIXTURE = path.join(FIXTURES, 'harbour-accord.txt');
const TEXT = fs.readFileSync(FIXTURE, 'utf8');

let server;
let browser;

function cli(...args) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not built: run cargo build --release`);
  return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function cliDoc(...args) {
  return JSON.parse(cli(...args, FIXTURE));
}

/** Opens the served page with errors and outside requests recorded. */
function openPage(url = `${server.origin}/`) {
  return openRecorded(browser.context, url);
}

async function annotateFixture(page, text = TEXT) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForSelector('#article mark');
}

/** The text of each quote highlight (joining the pieces of a split one). */
function quoteTexts(page) {
  return page.$$eval('#article mark[data-kind="quote"]', (marks) => {
    const byId = new Map();
    for (const m of marks) byId.set(m.dataset.quote, (byId.get(m.dataset.quote) || '') + m.textContent);
    return Object.fromEntries(byId);
  });
}

before(async () => {
  assert.ok(fs.existsSync(path.join(WWW, 'pkg', 'article_annotator_bg.wasm')), 'www/pkg is not built: run scripts/build.sh');
  server = await serveStatic(WWW);
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the page', () => {
  test('loads, labels its controls, and shows the loading state until wasm is ready', async () => {
    const page = await browser.context.newPage();
    // Hold the wasm back to see the loading state.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${server.origin}/`);
    const button = page.locator('#annotate-button');
    await assert.doesNotReject(page.waitForSelector('#status.busy'));
    assert.equal(await button.isDisabled(), true);
    assert.match(await page.locator('#status').textContent(), /Loading/);
    release();
    await waitReady(page);
    assert.equal(await button.isDisabled(), false);
    assert.equal((await button.textContent()).trim(), 'Annotate');
    assert.equal(await page.getByLabel('Article text').evaluate((e) => e.tagName), 'TEXTAREA');
    assert.equal(await page.getByLabel(/Reference date/).getAttribute('type'), 'date');
    assert.equal(await page.title(), 'Article Annotator');
    await page.close();
  });

  test('annotates the fixture: marks of each kind, text preserved, known quote', async () => {
    const { page, problems } = await openPage();
    await annotateFixture(page);
    const doc = cliDoc();

    // The concatenated text of the output is exactly the input.
    assert.equal(await page.locator('#article').evaluate((e) => e.textContent), TEXT);

    const kinds = await page.$$eval('#article mark', (ms) => [...new Set(ms.map((m) => m.dataset.kind))]);
    for (const kind of ['person', 'organization', 'place', 'agreement', 'date', 'quote']) {
      assert.ok(kinds.includes(kind), `a ${kind} mark (have ${kinds})`);
    }
    // One mark per annotation (at least; crossing spans may be split).
    const mentions = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    const entityMarks = await page.$$eval('#article mark[data-entity]:not([data-part])', (ms) => ms.length);
    assert.equal(entityMarks, mentions);
    assert.equal(await page.$$eval('#article mark[data-kind="date"]:not([data-part])', (ms) => ms.length), doc.dates.length);

    // The researcher's quotation, as one quote highlight with a tooltip naming the speaker.
    const quotes = await quoteTexts(page);
    const known = 'The numbers are modest, but the signal matters,';
    const id = Object.keys(quotes).find((k) => quotes[k] === known);
    assert.ok(id, `quote mark for “${known}” (have ${JSON.stringify(Object.values(quotes))})`);
    const q = doc.quotes.find((x) => x.text === known);
    const title = await page.locator(`#article mark[data-quote="${id}"]`).first().getAttribute('data-tip');
    if (q.speaker) {
      const speaker = doc.entities.find((e) => e.id === q.speaker);
      assert.ok(title.includes(speaker.name), `tooltip “${title}” names ${speaker.name}`);
    }
    // Tooltips on names and dates.
    const date = doc.dates.find((d) => d.kind === 'date');
    const dateTitle = await page.locator(`#article mark[data-kind="date"][data-value="${date.value}"]`).first().getAttribute('data-tip');
    assert.ok(dateTitle.includes(date.value));
    const person = doc.entities.find((e) => e.kind === 'person');
    const personTitle = await page.locator(`#article mark[data-entity="${person.id}"]`).first().getAttribute('data-tip');
    assert.ok(personTitle.includes(person.name) && personTitle.includes('person'));

    // Page regions from document.document.
    if (doc.document.headline) {
      assert.equal(await page.locator('[data-region="headline"]').textContent(), TEXT.slice(doc.document.headline.start, doc.document.headline.end));
    }
    assert.equal(await page.locator('[data-region="caption"]').count(), doc.document.captions.length);

    // Marks nest properly: every mark inside another lies within it in the text.
    const nested = await page.$$eval('#article mark mark', (ms) => ms.length);
    const anyNestedInQuote = doc.quotes.some((qq) => doc.dates.some((d) => d.start >= qq.start && d.end <= qq.end)
      || doc.entities.some((e) => e.mentions.some((m) => m.start >= qq.start && m.end <= qq.end)));
    if (anyNestedInQuote) {
      assert.ok(await page.locator('#article mark[data-kind="quote"] mark').count() > 0, 'names or dates nested in a quote');
    }
    assert.ok(nested >= 0);

    // The legend counts.
    const legend = await page.$$eval('.aa-legend-item', (bs) => Object.fromEntries(bs.map((b) => [b.dataset.kind, Number(b.querySelector('.aa-count').textContent)])));
    assert.equal(legend.quote, doc.quotes.length);
    assert.equal(legend.date, doc.dates.length);
    assert.equal(legend.person, doc.entities.filter((e) => e.kind === 'person').length);

    assert.deepEqual(problems, []);
    await page.close();
  });

  test('groups quotes by speaker; clicking one flashes its highlight', async () => {
    const { page, problems } = await openPage();
    await annotateFixture(page);
    const doc = cliDoc();
    const groups = await page.$$eval('#quotes .aa-speaker-group', (gs) => gs.map((g) => ({
      speaker: g.dataset.speaker,
      name: g.querySelector('.aa-speaker-label').textContent,
      quotes: [...g.querySelectorAll('.aa-quote q')].map((q) => q.textContent),
    })));
    const attributed = doc.quotes.filter((q) => q.speaker);
    assert.ok(attributed.length >= 1, 'the fixture has an attributed quote');
    for (const q of doc.quotes) {
      const key = q.speaker || '';
      const group = groups.find((g) => g.speaker === key);
      assert.ok(group, `a group for speaker ${key || '(none)'}`);
      assert.ok(group.quotes.includes(q.text), `“${q.text}” under ${group.name}`);
      if (q.speaker) assert.equal(group.name, doc.entities.find((e) => e.id === q.speaker).name);
      else assert.equal(group.name, 'No speaker named');
    }
    assert.equal(groups.reduce((n, g) => n + g.quotes.length, 0), doc.quotes.length);
    // One group per speaker.
    assert.equal(new Set(groups.map((g) => g.speaker)).size, groups.length);

    // Click the last quote: its highlight scrolls into view, flashes, gets focus.
    const last = page.locator('#quotes .aa-quote').last();
    const id = await last.getAttribute('data-quote');
    await last.click();
    const mark = page.locator(`#article mark[data-quote="${id}"]`).first();
    await page.waitForSelector(`#article mark[data-quote="${id}"].aa-flash`);
    await page.waitForFunction((qid) => {
      const r = document.querySelector(`#article mark[data-quote="${qid}"]`).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, id);
    assert.equal(await mark.evaluate((m) => document.activeElement === m), true);
    // Keyboard: the quote buttons are reachable and work with Enter.
    await page.locator('#quotes .aa-quote').first().focus();
    await page.keyboard.press('Enter');
    const firstId = await page.locator('#quotes .aa-quote').first().getAttribute('data-quote');
    await page.waitForSelector(`#article mark[data-quote="${firstId}"].aa-flash`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('Copy JSON gives byte for byte what the CLI prints', async () => {
    const { page, problems } = await openPage();
    await annotateFixture(page);
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const printed = cli(FIXTURE);
    assert.ok(printed.endsWith('}\n'));
    assert.equal(copied, printed.slice(0, -1));

    // With a reference date and explain, the same options give the same bytes.
    await page.getByLabel(/Reference date/).fill('2020-02-29');
    await page.getByLabel(/rule behind each mark/).check();
    await page.getByRole('button', { name: 'Annotate' }).click();
    await page.waitForFunction(() => document.querySelector('#status').textContent.includes('2020-02-29'));
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('#copy-json').click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
    const copied2 = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied2, cli('--reference-date', '2020-02-29', '--explain', FIXTURE).slice(0, -1));
    // explain puts the rule into the tooltips.
    assert.match(await page.locator('#article mark[data-kind="date"]').first().getAttribute('data-tip'), /rule: /);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // The seed article of ../shared/data/dev, read in place (never copied into
  // the project): its facts must hold in the browser as on the command line.
  const SEED = path.join(path.dirname(new URL(import.meta.url).pathname), '../../../shared/data/dev/hankyoreh-gsomia-2019.txt');
  test('the seed article: speakers, agreement, date and parity in the browser', { skip: !fs.existsSync(SEED) && 'no ../shared beside this clone' }, async () => {
    const { page, problems } = await openPage();
    const seed = fs.readFileSync(SEED, 'utf8');
    await annotateFixture(page, seed);
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, cli(SEED).slice(0, -1));
    const doc = JSON.parse(copied);
    assert.equal(doc.reference_date, '2019-11-18');
    const byName = (n) => doc.entities.find((e) => e.name === n);
    for (const name of ['Jeong Kyeong-doo', 'Taro Kono', 'Mark Esper', 'Moon Jae-in']) {
      assert.equal(byName(name)?.kind, 'person', name);
    }
    assert.ok(byName('Jeong Kyeong-doo').aliases.includes('Jeong'));
    const gsomia = byName('General Security of Military Information Agreement');
    assert.ok(gsomia.aliases.includes('GSOMIA') && gsomia.aliases.includes('GOSMIA'));
    const q = doc.quotes.find((x) => x.text === 'There isn’t anything I can say at the moment,');
    assert.equal(q.speaker, byName('Jeong Kyeong-doo').id);
    assert.equal(q.speaker_mention.text, 'he');
    assert.ok(doc.dates.some((d) => d.text === 'Nov. 17' && d.value === '2019-11-17'));
    // And in the page: the quote panel groups that quotation under Jeong.
    const panel = await page.locator('#quotes').innerText();
    assert.match(panel, /Jeong Kyeong-doo[\s\S]*There isn’t anything I can say at the moment/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('Ctrl+Enter annotates; a bad reference date shows an error, not a blank page', async () => {
    const { page } = await openPage();
    await page.getByLabel('Article text').fill(TEXT);
    await page.getByLabel('Article text').press('Control+Enter');
    await page.waitForSelector('#article mark');
    const before = await page.locator('#article').innerHTML();

    // A date input only holds real dates, but years past 9999 are real to it
    // and not to the annotator (YYYY-MM-DD).
    await page.locator('#reference-date').evaluate((e) => { e.value = '20190-01-01'; });
    assert.equal(await page.locator('#reference-date').inputValue(), '20190-01-01');
    await page.getByRole('button', { name: 'Annotate' }).click();
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /bad date "20190-01-01"/);
    assert.equal(await error.getAttribute('aria-live'), 'assertive');
    // The last good result stays on screen.
    assert.equal(await page.locator('#article').innerHTML(), before);

    // Fixing the date clears the error.
    await page.getByLabel(/Reference date/).fill('');
    await page.getByRole('button', { name: 'Annotate' }).click();
    await error.waitFor({ state: 'hidden' });

    // An empty text is a hint, not an error.
    await page.getByLabel('Article text').fill('   ');
    await page.getByRole('button', { name: 'Annotate' }).click();
    assert.match(await page.locator('#status').textContent(), /Paste an article/);
    await page.close();
  });

  test('the legend toggles a kind’s highlights and counts each kind', async () => {
    const { page } = await openPage();
    await annotateFixture(page);
    const person = page.locator('.aa-legend-item[data-kind="person"]');
    assert.equal(await person.getAttribute('aria-pressed'), 'true');
    const mark = page.locator('#article mark[data-kind="person"]').first();
    await page.waitForTimeout(300);
    const painted = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
    const background = (value) => page.waitForFunction(
      (v) => getComputedStyle(document.querySelector('#article mark[data-kind="person"]')).backgroundColor === v,
      value, { timeout: 5000 },
    );
    await person.click();
    assert.equal(await person.getAttribute('aria-pressed'), 'false');
    await background('rgba(0, 0, 0, 0)'); // after the fade
    assert.ok(await page.locator('#article').evaluate((a) => a.classList.contains('hide-person')));
    await person.click();
    await background(painted);
    // The text is still all there.
    assert.equal(await page.locator('#article').evaluate((e) => e.textContent), TEXT);
    await page.close();
  });

  test('renders crossing and nested spans without losing or repeating text', async () => {
    const { page } = await openPage();
    const result = await page.evaluate(async () => {
      const { renderArticle } = await import('./render.js');
      const text = 'a 🌊 “Bb cc dd” ee € ff';
      const doc = {
        document: { headline: { start: 0, end: 4 }, bylines: [], captions: [], boilerplate: [] },
        entities: [
          { id: 'e1', kind: 'person', name: 'Bb', aliases: [], mentions: [{ start: 6, end: 8, text: 'Bb' }] },
          // crosses the quote's end
          { id: 'e2', kind: 'place', name: 'dd” ee', aliases: [], mentions: [{ start: 12, end: 18, text: 'dd” ee' }] },
          // out of range: ignored, never thrown
          { id: 'e3', kind: 'group', name: 'x', aliases: [], mentions: [{ start: 40, end: 50, text: 'x' }] },
        ],
        dates: [{ start: 6, end: 11, text: 'Bb cc', kind: 'date', value: '2020-01-01' }],
        quotes: [{ start: 6, end: 14, text: 'Bb cc dd', kind: 'direct', speaker: 'e1', speaker_mention: null, cue: null }],
      };
      const host = document.createElement('div');
      host.append(renderArticle(text, doc));
      const pieces = [...host.querySelectorAll('mark[data-entity="e2"]')].map((m) => m.textContent);
      return {
        same: host.textContent === text,
        pieces,
        quoteHasPerson: !!host.querySelector('mark[data-kind="quote"] mark[data-kind="person"]'),
        dateInQuote: !!host.querySelector('mark[data-kind="quote"] mark[data-kind="date"]'),
        headline: host.querySelector('[data-region="headline"]').textContent,
      };
    });
    assert.equal(result.same, true);
    assert.deepEqual(result.pieces, ['dd', '” ee']);
    assert.equal(result.quoteHasPerson, true);
    assert.equal(result.dateInQuote, true);
    assert.equal(result.headline, 'a 🌊');
    await page.close();
  });

  test('makes no request outside its own origin', async () => {
    const { page, requests, problems } = await openPage();
    await page.getByRole('button', { name: 'Try a sample' }).click();
    await page.waitForSelector('#article mark');
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await page.locator('#quotes .aa-quote').first().click();
    await page.waitForTimeout(300);
    const outside = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, []);
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from our own server');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the single-file build', () => {
  test('annotates when opened from file://, fetching nothing', async () => {
    assert.ok(fs.existsSync(SINGLE_FILE), `${SINGLE_FILE} not built: run scripts/build.sh`);
    const { page, requests, problems } = await openPage(pathToFileURL(SINGLE_FILE).href);
    await annotateFixture(page);
    assert.equal(await page.locator('#article').evaluate((e) => e.textContent), TEXT);
    const kinds = await page.$$eval('#article mark', (ms) => new Set(ms.map((m) => m.dataset.kind)).size);
    assert.ok(kinds >= 5);
    assert.ok(await page.locator('#quotes .aa-quote').count() > 0);
    const other = requests.filter((u) => u !== pathToFileURL(SINGLE_FILE).href && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(other, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
