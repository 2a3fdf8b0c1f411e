#!/usr/bin/env node
// Makes docs/screenshot.png for the README: serves www/ (build it first with
// scripts/build.sh), annotates a fixture in Debian's Chromium, and captures
// the page (COLOR_SCHEME=dark for the dark theme).
//
//   node scripts/screenshot.mjs [FIXTURE] [OUT.png]

import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, WWW, launchBrowser, serveStatic, waitReady } from '../tests/e2e/support.mjs';

const fixture = process.argv[2] || path.join(FIXTURES, 'harbour-accord.txt');
const out = process.argv[3] || path.join(ROOT, 'docs', 'screenshot.png');
const width = Number(process.env.WIDTH || 1400);
const height = Number(process.env.HEIGHT || 1300);

if (!fs.existsSync(path.join(WWW, 'pkg', 'article_annotator_bg.wasm'))) {
  console.error('screenshot: www/pkg is not built: run scripts/build.sh first');
  process.exit(1);
}
const server = await serveStatic(WWW);
const browser = await launchBrowser({ viewport: { width, height }, deviceScaleFactor: 1 });
try {
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light' });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.getByLabel('Article text').fill(fs.readFileSync(fixture, 'utf8'));
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForSelector('#article mark');
  await page.waitForSelector('html[data-annotated]');
  // Show the text area scrolled to the top and nothing focused.
  await page.evaluate(() => {
    document.activeElement?.blur();
    document.querySelector('#article-text').scrollTop = 0;
    window.scrollTo(0, 0);
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE === '1' });
  console.log(`screenshot: ${path.relative(process.cwd(), out)} (${width}x${height})`);
} finally {
  await browser.close();
  await server.close();
}
