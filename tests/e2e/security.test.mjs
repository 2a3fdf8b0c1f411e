// Pasted text is never turned into HTML (issue #6, security): 60 XSS
// payloads (tests/fixtures/xss-payloads.json) are pasted into the page, as
// the clipboard's HTML and plain text, inside an article with names, dates
// and quotes around them. Nothing may run and every character must show as
// typed, in the article, the tooltips and the side panel. The page is opened
// with its Content-Security-Policy bypassed, so that the CSP cannot hide a
// real injection: what is tested is that the page never parses the text.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FIXTURES, SINGLE_FILE, WWW, foreignRequests, launchBrowser, serveStatic, waitAnnotated, waitReady,
} from './support.mjs';

const { payloads } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'xss-payloads.json'), 'utf8'));

/** An article that wraps each payload in prose the annotator marks up. */
function article() {
  const lines = ['Harbour council leak <b>bold</b> & “quoted” <script>__xss(0)</script>', '', 'Posted on : 2023-05-09 10:00 KST', ''];
  payloads.forEach((p, i) => {
    const day = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5];
    lines.push(i % 2
      ? `“${p} is what the file said,” Mayor Lena Okafor told the Harbour Council on ${day}.`
      : `Councillor Tomas Reyes said on ${day} that the note read ${p} before Jan. ${(i % 28) + 1}, 2023.`);
    lines.push('');
  });
  return lines.join('\n');
}

let server;
let browser;
const TEXT = article();

before(async () => {
  assert.ok(payloads.length >= 50, `at least 50 payloads (have ${payloads.length})`);
  server = await serveStatic(WWW);
  browser = await launchBrowser({ bypassCSP: true });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function watched(url) {
  const page = await browser.context.newPage();
  const ran = [];
  const requests = [];
  const problems = [];
  await page.exposeFunction('__xss', (n) => ran.push(`__xss(${n})`));
  page.on('dialog', (d) => { ran.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await waitReady(page);
  return { page, ran, requests, problems };
}

/** What the page shows must be exactly the text, and only text, marks and spans. */
async function assertVerbatim(page) {
  assert.equal(await page.locator('#article').evaluate((e) => e.textContent), TEXT);
  const foreign = await page.$$eval('#article *', (els) => els.filter((e) => !['MARK', 'SPAN', 'DIV'].includes(e.tagName)).map((e) => e.tagName));
  assert.deepEqual(foreign, []);
  const attrs = await page.$$eval('#article *', (els) => els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'src' || n === 'href' || n === 'style'));
  assert.deepEqual(attrs, []);
}

describe('pasted text is never HTML', () => {
  test(`${payloads.length} XSS payloads pasted from the clipboard show verbatim and never run`, async () => {
    const { page, ran, requests, problems } = await watched(`${server.origin}/`);
    // The clipboard carries the payloads as HTML too, as a copy from a web page would.
    await page.evaluate(async (text) => {
      const html = `<div>${text}</div>`;
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })]);
    }, TEXT);
    await page.getByLabel('Article text').focus();
    await page.keyboard.press('Control+V');
    assert.equal(await page.getByLabel('Article text').inputValue(), TEXT, 'the plain text was pasted');
    await waitAnnotated(page);
    await assertVerbatim(page);
    // Names and quotes were found around the payloads.
    assert.ok(await page.locator('#article mark[data-kind="quote"]').count() >= payloads.length / 4);
    assert.ok(await page.locator('#article mark[data-kind="person"]').count() >= payloads.length / 2);

    // Tooltips and panels carry payloads as text too.
    for (const mark of (await page.locator('#article mark[data-kind="quote"]').all()).slice(0, 8)) await mark.hover();
    await page.getByRole('tab', { name: /Names/ }).click();
    await page.getByRole('tab', { name: /Dates/ }).click();
    await page.getByRole('tab', { name: /Quotes/ }).click();
    const panel = await page.locator('#quotes').textContent();
    const quoted = payloads.filter((p, i) => i % 2 && !p.includes('\n') && !p.includes('”'));
    const shown = quoted.filter((p) => panel.includes(p));
    assert.ok(shown.length >= quoted.length / 2, `quoted payloads in the panel (${shown.length} of ${quoted.length})`);
    const panelTags = await page.$$eval('#quotes *', (els) => [...new Set(els.map((e) => e.tagName))]);
    assert.ok(panelTags.every((t) => ['DIV', 'SECTION', 'H3', 'SPAN', 'P', 'OL', 'LI', 'BUTTON', 'Q'].includes(t)), panelTags.join());

    // Every export, once more through the clipboard, is plain data.
    for (const name of ['Copy JSON', 'Copy quotes CSV', 'Copy Web Annotations']) await page.getByRole('button', { name }).click();
    await page.waitForTimeout(300);
    assert.deepEqual(ran, []);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a file dropped on the text area is read as text, never as HTML', async () => {
    const { page, ran, problems } = await watched(`${server.origin}/`);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'article.html', { type: 'text/html' }));
      const area = document.getElementById('article-text');
      area.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, TEXT);
    await waitAnnotated(page);
    assert.equal(await page.getByLabel('Article text').inputValue(), TEXT);
    await assertVerbatim(page);
    assert.deepEqual(ran, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the single-file build shows the payloads verbatim too', async () => {
    const { page, ran, problems } = await watched(pathToFileURL(SINGLE_FILE).href);
    await page.getByLabel('Article text').fill(TEXT);
    await waitAnnotated(page);
    await assertVerbatim(page);
    assert.deepEqual(ran, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
