// `npm run release` (after the build): the webmaster's ZIP. Unzipped, INSTALL.html opens from
// file:// in Chromium with no server; its plain-HTML snippet, copied with its Copy button after
// pointing it at the file beside the page, is saved as a page next to clinic-widgets.js; served
// as a site would serve it, that page shows all three elements. The hashes match the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../../scripts/zip.mjs';
import { launch, renderedText, root, serveFolder } from './support.mjs';

const TAGS = ['therapy-coaching-quiz', 'faq-accordion', 'booking-cta'];
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('release zip: contents, INSTALL.html from file://, and its plain-HTML snippet as a page', async (t) => {
  execFileSync(process.execPath, ['scripts/release.mjs'], { cwd: root, stdio: 'pipe' });
  const zip = readFileSync(join(root, `release/clinic-widgets-${version}.zip`));
  const files = readZip(zip);
  const folder = `clinic-widgets-${version}`;
  assert.deepEqual(
    [...files.keys()].sort(),
    ['CHANGELOG.md', 'INSTALL.html', 'LICENSE', 'clinic-widgets.css', 'clinic-widgets.js', 'integrity.txt'].map((f) => `${folder}/${f}`).sort(),
  );
  const module = files.get(`${folder}/clinic-widgets.js`);
  assert.ok(module.equals(readFileSync(join(root, 'dist/clinic-widgets.js'))), 'clinic-widgets.js has the same bytes as dist/');
  // The banner opens the file, after V8's compile hint (a comment that must come first to count).
  assert.match(module.toString('utf8', 0, 200), new RegExp(`^(//# allFunctionsCalledOnLoad\n)?/\\*! clinic-widgets ${version.replace(/\./g, '\\.')} `), 'banner names the version');
  assert.match(files.get(`${folder}/LICENSE`).toString(), /^MIT License\n\nCopyright \(c\) \d{4} clinic-widgets contributors/);
  const integrity = files.get(`${folder}/integrity.txt`).toString();
  assert.ok(integrity.includes(`${sri(module)}  clinic-widgets.js`), 'integrity.txt has the module’s sha384');
  assert.ok(integrity.includes(`${sri(files.get(`${folder}/clinic-widgets.css`))}  clinic-widgets.css`), 'and the stylesheet’s');

  const dir = mkdtempSync(join(tmpdir(), 'clinic-widgets-release-'));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const unzipped = join(dir, folder);
  const browser = await launch();
  const server = await serveFolder(unzipped);
  t.after(async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // INSTALL.html from disk: no server, no request beyond the file itself.
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // What the Copy button hands the clipboard, recorded on its way (the real clipboard still gets it).
  await page.evaluateOnNewDocument(() => {
    window.copied = [];
    const write = navigator.clipboard?.writeText?.bind(navigator.clipboard);
    if (write) navigator.clipboard.writeText = (text) => write(text).then(() => window.copied.push(text));
    // The fallback, document.execCommand('copy'), copies the selection.
    document.addEventListener('copy', () => window.copied.push(String(document.getSelection()) || document.activeElement?.value?.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd)));
  });
  await page.goto(`file://${unzipped}/INSTALL.html`, { waitUntil: 'load' });
  assert.deepEqual(requests.filter((url) => !url.startsWith('file://')), [], 'INSTALL.html makes no network request');
  const headings = await page.$$eval('h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(headings, ['A plain HTML page', 'WordPress', 'Squarespace', 'From jsDelivr (any site)']);
  assert.equal(await page.$$eval('section.snippet button', (bs) => bs.filter((b) => b.textContent === 'Copy').length), 4, 'a Copy button for each snippet');
  assert.ok((await page.$eval('#cdn-code', (t) => t.value)).includes(`integrity="${sri(module)}"`), 'the CDN snippet carries the module’s hash');

  // On a phone, nothing scrolls sideways (the sha384 hash is one long word).
  await page.setViewport({ width: 375, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'INSTALL.html at 375 px: no sideways scrolling');

  // Accessible as the kit is: axe finds nothing, in the light and the dark scheme.
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
    assert.deepEqual(violations, [], `axe, ${scheme} scheme`);
  }

  // The file sits beside the page: its address is just its name.
  await page.click('#plain-html-address', { clickCount: 3 });
  await page.keyboard.type('clinic-widgets.js');
  await page.click('#plain-html-copy');
  await page.waitForFunction(() => document.querySelector('[data-snippet="plain-html"] .status').textContent.startsWith('Copied'));
  const [copied] = await page.evaluate(() => window.copied);
  assert.ok(copied, 'the Copy button copied the snippet');
  assert.match(copied, /<script type="module" src="clinic-widgets\.js"><\/script>/);
  assert.match(copied, /<link rel="stylesheet" href="clinic-widgets\.css">/);
  assert.deepEqual(errors, []);

  writeFileSync(join(unzipped, 'page.html'), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Our clinic</title></head>\n<body>\n${copied}\n</body>\n</html>\n`);
  const site = await browser.newPage();
  const { texts, problems } = await renderedText(site, `${server.url}page.html`, TAGS);
  assert.deepEqual(problems, []);
  assert.match(texts['therapy-coaching-quiz'], /9-8-8/);
  assert.match(texts['faq-accordion'], /What’s the biggest difference between therapy and coaching\?/);
  assert.match(texts['booking-cta'], /Book/);
});
