// Shared by the browser tests and scripts/screenshot.mjs: a static file
// server on a free loopback port, and Debian's Chromium through
// playwright-core (Playwright's own browser download cannot work here).

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = path.join(ROOT, 'www');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const CLI = path.join(ROOT, 'target', 'release', 'article-annotator');
export const SINGLE_FILE = path.join(WWW, 'dist', 'article-annotator.html');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. Resolves to { origin, close,
 * requests }. `pages` maps a path to extra content ({ body, type, headers });
 * `headers(pathname)` adds response headers (e.g. a Content-Security-Policy).
 */
export function serveStatic(dir = WWW, { pages = {}, headers = () => ({}) } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pages[pathname]) {
      const p = pages[pathname];
      res.writeHead(200, { 'content-type': p.type || 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers(pathname), ...(p.headers || {}) });
      res.end(p.body);
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(dir, `.${pathname}`);
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(pathname),
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

/** Chromium with a fresh, throw-away profile. Resolves to { context, close }. */
export async function launchBrowser({ viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1, ...options } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run scripts/setup.sh --browser (installs Debian's chromium)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the page's wasm module is initialized. */
export async function waitReady(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
}

/** Opens `url` in a new page of `context`, recording page errors, console
 *  errors and every request. Resolves to { page, problems, requests }. */
export async function openRecorded(context, url, { ready = true } = {}) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  if (ready) await waitReady(page);
  return { page, problems, requests };
}

/** Requests that left `origin` (data: and blob: URLs are the page's own). */
export function foreignRequests(requests, origin) {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Resolves when the page has drawn a result newer than `after` (the
 *  data-annotated counter app.js sets on <html>). */
export async function waitAnnotated(page, after = 0) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.annotated || 0) > n, after, { timeout: 60_000 });
  return Number(await page.evaluate(() => document.documentElement.dataset.annotated));
}
