// Screenshots of the demo clinic page for the README: `node scripts/screenshot.mjs`
// (run `npx vite build` first). Serves the repository with scripts/serve.mjs on a free port,
// opens demo/index.html in Debian's Chromium through puppeteer-core and writes
//   docs/demo.png         1280 px wide: the top of the page, then the quiz and the FAQ
//   docs/demo-mobile.png  375 px wide: the top of the page on a phone, then the quiz
// Each image is stitched from two views of the page, with a thin divider between them.
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url);

if (!existsSync(new URL('dist/clinic-widgets.js', root))) {
  console.error('dist/clinic-widgets.js is missing: run `npx vite build` first.');
  process.exit(1);
}

const server = await serve(0, { strictCsp: true });
const base = `http://127.0.0.1:${server.address().port}/demo/`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_FLAGS, '--hide-scrollbars', '--font-render-hinting=none'],
});

/** Opens the demo at a width, with every element upgraded and fonts settled. */
async function open(width, height) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    await Promise.all(['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'].map((t) => customElements.whenDefined(t)));
    await Promise.all([...document.querySelectorAll('faq-accordion, therapy-coaching-quiz, booking-cta')].map((el) => el.updateComplete));
    await document.fonts.ready;
  });
  if (problems.length) console.warn(`Console at ${width}px:\n  ${problems.join('\n  ')}`);
  return page;
}

/** The page-coordinate box of the first element matching a selector. */
const box = (page, selector) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  });

/** A PNG of the page between two vertical positions (page coordinates), full width. */
async function slice(page, top, bottom) {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return page.screenshot({ clip: { x: 0, y: Math.round(top), width, height: Math.round(bottom - top) }, captureBeyondViewport: true });
}

/** Stacks PNG slices into one image, in the browser (no image library needed). */
async function stack(slices, width) {
  const page = await browser.newPage();
  const imgs = slices.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}" alt="">`).join('<hr>');
  await page.setViewport({ width, height: 100, deviceScaleFactor: 1 });
  await page.setContent(
    `<style>body{margin:0;background:#fbf9f5}img{display:block}hr{margin:0;border:0;height:6px;background:#d9d1c3}</style>${imgs}`,
    { waitUntil: 'load' },
  );
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  return png;
}

async function desktop() {
  const page = await open(1280, 900);
  const heading = await box(page, '.article__header');
  // Start the quiz and open the first FAQ answer, so the picture shows them in use.
  await page.evaluate(() => {
    const quizEl = document.querySelector('#fit-quiz');
    const start = [...(quizEl.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /start|begin/i.test(b.textContent ?? ''));
    start?.click();
    document.querySelector('faq-accordion')?.show?.('biggest-difference');
  });
  await new Promise((r) => setTimeout(r, 300));
  const quizNow = await box(page, '#fit-quiz');
  const faqNow = await box(page, 'faq-accordion');
  const top = await slice(page, 0, heading.bottom + 240);
  // Scrolled to the quiz, so the sticky "On this page" list sits beside it.
  await page.evaluate((y) => scrollTo(0, y), quizNow.top - 40);
  const kit = await slice(page, quizNow.top - 40, faqNow.bottom + 32);
  await page.close();
  return stack([top, kit], 1280);
}

async function mobile() {
  const page = await open(375, 812);
  const quiz = await box(page, '#fit-quiz');
  const top = await slice(page, 0, 760);
  const kit = await slice(page, quiz.top - 24, quiz.bottom + 24);
  await page.close();
  return stack([top, kit], 375);
}

try {
  await mkdir(new URL('docs/', root), { recursive: true });
  const [wide, narrow] = [await desktop(), await mobile()];
  await writeFile(new URL('docs/demo.png', root), wide);
  await writeFile(new URL('docs/demo-mobile.png', root), narrow);
  console.log(`docs/demo.png ${(wide.length / 1024).toFixed(0)} KB, docs/demo-mobile.png ${(narrow.length / 1024).toFixed(0)} KB`);
} finally {
  await browser.close();
  server.close();
}
