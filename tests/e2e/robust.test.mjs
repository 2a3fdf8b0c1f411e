// The page's failure handling (issue #8, the page part): a trap inside wasm
// shows a clear message, keeps the last result, and the next annotation
// runs on a fresh instance; a multi-megabyte article is annotated in the
// worker with a progress indication while the page keeps answering; the
// single file runs its worker too (a Blob worker from file://).

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FIXTURES, SINGLE_FILE, WWW, launchBrowser, openRecorded, serveStatic, waitAnnotated,
} from './support.mjs';

const TEXT = fs.readFileSync(path.join(FIXTURES, 'harbour-accord.txt'), 'utf8');

let server;
let browser;

before(async () => {
  server = await serveStatic(WWW);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function trapAndRecover(url, kind = 'trap', expected = /The annotator failed on this text \(internal error: RuntimeError: unreachable/) {
  const { page, problems } = await openRecorded(browser.context, url);
  assert.equal(await page.evaluate(() => window.articleAnnotatorPage.annotator.where), 'worker');
  await page.getByLabel('Article text').fill(TEXT);
  const first = await waitAnnotated(page);
  const before = await page.locator('#article').innerHTML();
  assert.equal(await page.evaluate(() => window.articleAnnotatorPage.annotator.instantiations), 1);

  // The module's export throws what a trap throws (test hook in engine.js).
  await page.evaluate((k) => window.articleAnnotatorPage.annotator.injectFault(k), kind);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible' });
  const message = await error.textContent();
  assert.match(message, expected);
  assert.match(message, /restarted/);
  assert.match(await page.locator('#status').textContent(), /Nothing annotated/);
  assert.equal(await page.locator('#article').innerHTML(), before, 'the last result stays');

  // The next annotation works, on a new instance.
  await page.getByRole('button', { name: 'Annotate' }).click();
  await waitAnnotated(page, first);
  await error.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => window.articleAnnotatorPage.annotator.instantiations), 2);
  assert.ok(await page.locator('#article mark[data-kind="quote"]').count() > 0);
  // The crash is logged for the developer; nothing else went wrong.
  assert.ok(problems.every((p) => /RuntimeError|unreachable|RangeError|crashed/.test(p)), problems.join('\n'));
  await page.close();
}

describe('failures and long work', () => {
  test('a trap inside wasm: a clear message, the page keeps working, a fresh instance next time', async () => {
    await trapAndRecover(`${server.origin}/`);
  });

  test('out of memory inside wasm, and a worker that dies, are recovered from the same way', async () => {
    await trapAndRecover(`${server.origin}/`, 'oom', /internal error: RangeError: WebAssembly\.Memory\.grow\(\)/);
    await trapAndRecover(`${server.origin}/`, 'worker-death', /internal error: the annotator stopped: .*the worker crashed/);
  });

  test('the single file from file:// annotates in a Blob worker and recovers the same way', async () => {
    await trapAndRecover(pathToFileURL(SINGLE_FILE).href);
  });

  test('a multi-megabyte article: progress shown, the page keeps answering', { timeout: 300_000 }, async () => {
    const { page, problems } = await openRecorded(browser.context, `${server.origin}/`);
    await page.getByLabel('Annotate as I type').uncheck();
    // 2 MB: multi-megabyte, and quick enough for the suite on a busy machine.
    const copies = Math.ceil(2_000_000 / TEXT.length);
    const size = await page.evaluate(({ text, copies: n }) => {
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(text.replace(/Park Ji-won/g, `Park Ji-won${i % 7 ? '' : ' Jr.'}`));
      document.getElementById('article-text').value = parts.join('\n\n');
      return document.getElementById('article-text').value.length;
    }, { text: TEXT, copies });
    assert.ok(size > 2_000_000);
    await page.evaluate(() => {
      const probe = { maxGap: 0, ticks: 0, progressSeen: false, progressTexts: [] };
      window.__probe = probe;
      let last = performance.now();
      probe.timer = setInterval(() => {
        const now = performance.now();
        probe.maxGap = Math.max(probe.maxGap, now - last);
        last = now;
        probe.ticks++;
      }, 20);
      const progress = document.getElementById('progress');
      new MutationObserver(() => {
        if (!progress.hidden) { probe.progressSeen = true; probe.progressTexts.push(document.getElementById('progress-text').textContent); }
      }).observe(progress, { attributes: true, subtree: true, childList: true, characterData: true });
      probe.t0 = performance.now();
    });
    await page.getByRole('button', { name: 'Annotate' }).click();
    // The page answers while the worker works: a click on a tab is handled at once.
    await page.getByRole('tab', { name: /Names/ }).click({ timeout: 5000 });
    await page.waitForFunction(() => document.documentElement.dataset.annotated, null, { timeout: 240_000 });
    const probe = await page.evaluate(() => { clearInterval(window.__probe.timer); return { ...window.__probe, total: performance.now() - window.__probe.t0 }; });
    console.log(`# ${(size / 1e6).toFixed(1)} M characters: annotated and drawn in ${Math.round(probe.total)} ms; `
      + `longest main-thread stall ${Math.round(probe.maxGap)} ms; ${probe.ticks} timer ticks`);
    assert.ok(probe.progressSeen, 'the progress bar was shown');
    assert.ok(probe.progressTexts.some((t) => /^Annotating 2\.\d million characters… \d+\.\d s$/.test(t)), probe.progressTexts.slice(0, 3).join(' | '));
    assert.ok(probe.progressTexts.some((t) => /^Drawing the marks… \d+%$/.test(t)), 'drawing progress');
    // Compared within this run (no absolute timing): the main thread never
    // stalled for anything near the whole job, as it would without the worker.
    assert.ok(probe.maxGap < probe.total / 2, `longest stall ${probe.maxGap} ms of ${probe.total} ms`);
    assert.ok(probe.ticks > 10);
    assert.equal(await page.locator('#progress').isHidden(), true);
    // All of it is there, and the lists stop at their limit.
    assert.equal(await page.locator('#article').evaluate((e) => e.textContent.length), size);
    assert.ok(await page.locator('#article .aa-chunk').count() > 10);
    assert.match(await page.locator('#quotes').textContent(), /… and \d+ more quotations/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a newer text stops the long job of an older one', async () => {
    const { page, problems } = await openRecorded(browser.context, `${server.origin}/`);
    await page.getByLabel('Annotate as I type').uncheck();
    await page.evaluate((text) => { document.getElementById('article-text').value = Array(1500).fill(text).join('\n\n'); }, TEXT);
    await page.getByRole('button', { name: 'Annotate' }).click();
    await page.waitForFunction(() => window.articleAnnotatorPage.annotator.busy);
    await page.getByLabel('Article text').fill(TEXT);
    await page.getByRole('button', { name: 'Annotate' }).click();
    await waitAnnotated(page);
    assert.equal(await page.locator('#article').evaluate((e) => e.textContent), TEXT);
    // The 2 MB job was stopped (its worker replaced), not waited for.
    assert.equal(await page.evaluate(() => window.articleAnnotatorPage.annotator.instantiations), 2);
    assert.equal(await page.locator('#error').isHidden(), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('without Web Workers the page annotates on its own thread', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => { delete window.Worker; });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.evaluate(() => window.articleAnnotatorPage.annotator.where), 'main thread');
    await page.getByLabel('Article text').fill(TEXT);
    await waitAnnotated(page);
    assert.ok(await page.locator('#article mark[data-kind="quote"]').count() > 0);
    await page.close();
  });
});
