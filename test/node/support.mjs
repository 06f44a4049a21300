// Helpers for the Node-side tests (node --test test/node/): Chromium through puppeteer-core,
// and a static server on 127.0.0.1 (a free port) for a folder.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const root = new URL('../../', import.meta.url).pathname;

export const launch = () => puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** Serves `dir` on 127.0.0.1; resolves to `{ url, close }`. */
export function serveFolder(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    if (req.url === '/favicon.ico') return res.writeHead(204).end(); // the browser asks; no site needs one here
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}

/** Opens `url` and waits until each of `tags` is defined and has rendered text in its shadow root; returns what each shows. */
export async function renderedText(page, url, tags) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(
      (names) => names.every((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.textContent.trim()),
      { timeout: 15000 },
      tags,
    )
    .catch((error) => {
      throw new Error(`${url}: the elements did not render (${error.message}). The page said: ${problems.join(' | ') || 'nothing'}`);
    });
  const texts = await page.evaluate(
    (names) => Object.fromEntries(names.map((tag) => [tag, document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ').trim()])),
    tags,
  );
  return { texts, problems };
}
