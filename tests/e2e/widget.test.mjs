// The embeddable widget (issue #6): www/dist/article-annotator.js in a host
// page with a strict Content-Security-Policy (script-src 'self'
// 'wasm-unsafe-eval', no inline script or style) and hostile CSS.
//   * <article-annotator>: shadow DOM, the kinds / reference-date / theme
//     attributes, the bubbling composed `annotated` event, no CSS leaking in
//     or out, the light DOM as the no-JS fallback;
//   * annotateElement(): marks inside the host's own article, links and
//     listeners intact, and undo() restores the original DOM exactly.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WWW, foreignRequests, launchBrowser, serveStatic } from './support.mjs';

const WIDGET = path.join(WWW, 'dist', 'article-annotator.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

const STORY = `
      <h1 class="headline">Ferry union and port authority agree on night crossings</h1>
      <p class="dateline">Posted on : 2024-02-12 07:45 KST</p>
      <p>Union leader <a href="https://example.invalid/profiles/min-ha-eun" class="person-link">Min Ha-eun</a> and the
        <a href="/agencies/mokpo">Mokpo Port Authority</a> signed the Night Crossing Agreement in Mokpo on Friday.</p>
      <p>“We asked for <em>safe</em> crossings, and we got them,” Min said after the signing.</p>
      <script type="application/json" id="tracking">{"note": "Min Ha-eun said nothing here"}</script>
      <p>The agreement will be reviewed in March 2025, said <strong>Cho Seung-woo</strong>, a spokesman for the authority.</p>
`;

const WIDGET_TEXT = `
    Coastal states sign harbour accord

    Posted on : 2021-03-04 09:15 KST

    Foreign Minister Park Ji-won met Ingrid Solberg in Busan on Wednesday.

    “This agreement gives our fishing towns a future,” Park said.
`;

const HOST_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Host page</title>
  <link rel="stylesheet" href="/host.css">
</head>
<body>
  <article id="story">${STORY}</article>
  <p class="article" id="host-paragraph">A host paragraph with the class the widget uses inside, and a <mark id="host-mark">host mark</mark>.</p>
  <article-annotator id="widget" kinds="person,quote,date" reference-date="2021-03-04" theme="dark">${WIDGET_TEXT}</article-annotator>
  <script type="module" src="/host.js"></script>
</body>
</html>`;

// Everything a careless host stylesheet could do to a widget.
const HOST_CSS = `
* { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", fantasy !important; letter-spacing: 3px; }
mark { background: rgb(0, 0, 0) !important; display: inline-block; border: 5px solid rgb(255, 0, 255); }
.article, .frame, .legend { display: none !important; }
div { padding: 40px !important; }
button { display: none !important; }
#story a { color: rgb(0, 128, 0) !important; }
`;

const HOST_JS = `
import { annotateElement, getAnnotator } from '/dist/article-annotator.js';
window.annotateElement = annotateElement;
window.getAnnotator = getAnnotator;
window.events = [];
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('annotated', (e) => window.events.push({ bubbles: e.bubbles, composed: e.composed, target: e.target.id, doc: e.detail.document }));
`;

let server;
let browser;

before(async () => {
  assert.ok(fs.existsSync(WIDGET), `${WIDGET} not built: run scripts/build.sh`);
  server = await serveStatic(WWW, {
    pages: {
      '/host.html': { body: HOST_HTML },
      '/host.css': { body: HOST_CSS, type: 'text/css' },
      '/host.js': { body: HOST_JS, type: 'text/javascript' },
      '/favicon.ico': { body: '', type: 'image/x-icon' },
    },
    headers: () => ({ 'content-security-policy': CSP }),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function hostPage() {
  const page = await browser.context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/host.html`);
  await page.waitForFunction(() => window.events?.length >= 1, null, { timeout: 30_000 });
  return { page, problems, requests };
}

describe('the widget', () => {
  test('<article-annotator> annotates its text in a shadow root under a strict CSP and hostile CSS', async () => {
    const { page, problems, requests } = await hostPage();
    const event = (await page.evaluate(() => window.events))[0];
    assert.deepEqual([event.bubbles, event.composed, event.target], [true, true, 'widget']);
    assert.equal(event.doc.schema, 'article-annotator/1');
    assert.equal(event.doc.reference_date, '2021-03-04');
    assert.ok(event.doc.entities.some((e) => e.name === 'Park Ji-won'));

    const shadow = await page.evaluate(() => {
      const root = document.getElementById('widget').shadowRoot;
      const article = root.querySelector('.article');
      const mark = root.querySelector('mark[data-kind="person"]');
      return {
        kinds: [...new Set([...root.querySelectorAll('mark[data-kind]')].map((m) => m.dataset.kind))].sort(),
        text: article.textContent,
        articleDisplay: getComputedStyle(article).display,
        frameColor: getComputedStyle(root.querySelector('.frame')).color,
        frameBg: getComputedStyle(root.querySelector('.frame')).backgroundColor,
        markBg: getComputedStyle(mark).backgroundColor,
        markDisplay: getComputedStyle(mark).display,
        font: getComputedStyle(article).fontFamily,
        legend: [...root.querySelectorAll('.aa-legend-item')].map((b) => b.dataset.kind),
        buttonDisplay: getComputedStyle(root.querySelector('.aa-legend-item')).display,
      };
    });
    // kinds="person,quote,date": no organization or place marks.
    assert.deepEqual(shadow.kinds, ['date', 'person', 'quote']);
    assert.deepEqual(shadow.legend.sort(), ['date', 'person', 'quote']);
    assert.ok(shadow.text.startsWith('Coastal states sign harbour accord\n\nPosted on'), 'dedented text');
    // Host CSS does not get in.
    assert.equal(shadow.articleDisplay, 'block');
    assert.notEqual(shadow.frameColor, 'rgb(255, 0, 0)');
    assert.notEqual(shadow.markBg, 'rgb(0, 0, 0)');
    assert.equal(shadow.markDisplay, 'inline');
    assert.ok(!/Comic Sans/.test(shadow.font));
    assert.equal(shadow.buttonDisplay, 'inline-flex');
    // theme="dark", then "light".
    const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    assert.ok(luminance(shadow.frameBg) < 60, `dark frame ${shadow.frameBg}`);
    await page.evaluate(() => document.getElementById('widget').setAttribute('theme', 'light'));
    const lightBg = await page.evaluate(() => getComputedStyle(document.getElementById('widget').shadowRoot.querySelector('.frame')).backgroundColor);
    assert.ok(luminance(lightBg) > 200, `light frame ${lightBg}`);
    // Widget CSS does not get out: the host's .article and mark keep the host's rules.
    const host = await page.evaluate(() => ({
      paragraph: getComputedStyle(document.getElementById('host-paragraph')).display,
      mark: getComputedStyle(document.getElementById('host-mark')).backgroundColor,
    }));
    assert.equal(host.paragraph, 'none');
    assert.equal(host.mark, 'rgb(0, 0, 0)');

    // Attributes are the API: kinds re-draws, reference-date and the text re-annotate.
    await page.evaluate(() => document.getElementById('widget').setAttribute('kinds', 'place'));
    assert.deepEqual(await page.evaluate(() => [...new Set([...document.getElementById('widget').shadowRoot.querySelectorAll('mark[data-kind]')].map((m) => m.dataset.kind))]), ['place']);
    await page.evaluate(() => document.getElementById('widget').setAttribute('reference-date', '2020-02-29'));
    await page.waitForFunction(() => window.events.length >= 2);
    assert.equal((await page.evaluate(() => window.events[1].doc.reference_date)), '2020-02-29');
    await page.evaluate(() => document.getElementById('widget').append(' Solberg said on Thursday that “the work starts now.”'));
    await page.waitForFunction(() => window.events.length >= 3);
    assert.ok((await page.evaluate(() => window.events[2].doc.quotes.map((q) => q.text))).includes('the work starts now.'));

    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a trap inside wasm on the page’s thread: a clear error, then a fresh instance', async () => {
    const { page, problems } = await hostPage();
    const r = await page.evaluate(async () => {
      const annotator = await window.getAnnotator();
      const story = document.getElementById('story');
      const before = story.innerHTML;
      annotator.injectFault();
      let error = null;
      try { await window.annotateElement(story); } catch (e) { error = { name: e.name, kind: e.kind, message: e.message }; }
      const untouched = story.innerHTML === before;
      const handle = await window.annotateElement(story);
      const marks = story.querySelectorAll('mark.aa-mark').length;
      handle.undo();
      return { where: annotator.where, error, untouched, marks, instantiations: annotator.instantiations };
    });
    assert.equal(r.where, 'main thread');
    assert.deepEqual([r.error?.name, r.error?.kind], ['AnnotatorError', 'crash']);
    assert.match(r.error.message, /RuntimeError: unreachable/);
    assert.equal(r.untouched, true);
    assert.ok(r.marks > 0);
    assert.equal(r.instantiations, 2);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('without its script, the element shows its text (no-JS fallback)', async () => {
    const page = await browser.context.newPage();
    await page.route('**/dist/article-annotator.js', (route) => route.abort());
    await page.goto(`${server.origin}/host.html`);
    const text = await page.locator('#widget').innerText();
    assert.match(text, /Foreign Minister Park Ji-won met Ingrid Solberg/);
    await page.close();
  });

  test('annotateElement marks the host article in place, keeps links and listeners, and undo restores it exactly', async () => {
    const { page, problems, requests } = await hostPage();
    const result = await page.evaluate(async () => {
      const story = document.getElementById('story');
      const textNodes = (root) => { const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); const out = []; while (w.nextNode()) out.push(w.currentNode); return out; };
      const beforeHtml = story.innerHTML;
      const beforeText = story.textContent;
      const beforeNodes = textNodes(story);
      const beforeElements = [...story.querySelectorAll('*')];
      const sheets = document.adoptedStyleSheets.length;
      const link = story.querySelector('a.person-link');
      let clicks = 0;
      link.addEventListener('click', (e) => { e.preventDefault(); clicks++; });

      const handle = await window.annotateElement(story, { referenceDate: null });
      const marks = [...story.querySelectorAll('mark.aa-mark')];
      const during = {
        count: handle.count,
        marks: marks.length,
        kinds: [...new Set(marks.map((m) => m.dataset.kind))].sort(),
        text: story.textContent === beforeText,
        elementsKept: beforeElements.every((e) => story.contains(e)),
        linkHref: link.getAttribute('href'),
        personInLink: link.querySelector('mark[data-kind="person"]')?.textContent,
        linkColor: getComputedStyle(link).color,
        quoteWithEm: !!story.querySelector('mark[data-kind="quote"] em, em mark[data-kind="quote"]'),
        scriptUntouched: story.querySelector('#tracking').textContent === '{"note": "Min Ha-eun said nothing here"}',
        published: handle.document.reference_date,
        tips: [...story.querySelectorAll('mark[data-kind="date"]')].map((m) => m.title),
        sheetAdded: document.adoptedStyleSheets.length === sheets + 1,
        names: handle.document.entities.map((e) => e.name),
      };
      link.querySelector('mark').click();
      during.clicks = clicks;

      handle.undo();
      const afterNodes = textNodes(story);
      return {
        during,
        sameHtml: story.innerHTML === beforeHtml,
        sameNodes: afterNodes.length === beforeNodes.length && afterNodes.every((n, i) => n === beforeNodes[i] && n.data === beforeNodes[i].data),
        noMarks: story.querySelectorAll('mark').length === 0,
        sheetsBack: document.adoptedStyleSheets.length === sheets,
      };
    });
    const d = result.during;
    assert.ok(d.marks >= 6, `marks (${d.marks})`);
    assert.equal(d.count, d.marks);
    for (const kind of ['person', 'date', 'quote']) assert.ok(d.kinds.includes(kind), `${kind} in ${d.kinds}`);
    assert.ok(d.names.includes('Min Ha-eun') && d.names.includes('Cho Seung-woo'), d.names.join());
    assert.equal(d.text, true, 'the text is unchanged');
    assert.equal(d.elementsKept, true, 'every element of the article is still there');
    assert.equal(d.linkHref, 'https://example.invalid/profiles/min-ha-eun');
    assert.equal(d.personInLink, 'Min Ha-eun');
    assert.equal(d.linkColor, 'rgb(0, 128, 0)', 'the host’s link style still applies');
    assert.equal(d.quoteWithEm, true);
    assert.equal(d.scriptUntouched, true);
    assert.equal(d.published, '2024-02-12');
    assert.ok(d.tips.some((t) => /^Friday, 9 February 2024\n/.test(t)), d.tips.join(' | '));
    assert.ok(d.tips.some((t) => /^March 2025\n/.test(t)), d.tips.join(' | '));
    assert.equal(d.sheetAdded, true);
    assert.equal(d.clicks, 1, 'the link’s own listener still runs');
    assert.equal(result.sameHtml, true, 'undo: the same HTML');
    assert.equal(result.sameNodes, true, 'undo: the very same text nodes');
    assert.equal(result.noMarks, true);
    assert.equal(result.sheetsBack, true);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
