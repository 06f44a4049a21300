// `npm run bench`: times first renders in headless Chromium and prints the figures (not a
// test: it always exits 0 once it has measured). Uses dist/clinic-widgets.js, building it if
// missing (`--build` rebuilds it). The floor, a bare Lit element rendering a list, is bundled
// from bench/floor-element.js with the same Lit and toolchain. Pages are served from this
// repository on 127.0.0.1 (random port); nothing else is contacted.
//   node scripts/bench.mjs [--build] [--runs 15] [--n 500]
import { existsSync } from 'node:fs';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args[args.indexOf(name) + 1]) || fallback;
const RUNS = option('--runs', 15);
const N = option('--n', 500);
const WARMUP = 3;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

// Pages a measurement can run in (served from the repository root).
const pages = {
  floor: '/bench/floor.html',
  faq: '/bench/faq.html',
};

// What is measured. `fn` is a function of window.bench (bench/harness.js) returning ms;
// `vs` names the measurement it is compared with. Add quiz steps, page loads… here.
const measurements = [
  { id: 'floor', name: `bare Lit element, ${N}-item list (floor)`, page: 'floor', fn: 'floor', n: N },
  { id: 'faq-json', name: `<faq-accordion>, ${N} items from JSON`, page: 'faq', fn: 'faqJson', n: N, vs: 'floor', goal: 3 },
  { id: 'faq-details', name: `<faq-accordion>, ${N} light-DOM <details>`, page: 'faq', fn: 'faqDetails', n: N, vs: 'floor', goal: 3 },
];

// Conditions every measurement runs under (CPU slowdown through CDP).
const conditions = [
  { name: 'no throttling', cpu: 1 },
  { name: '4x CPU slowdown', cpu: 4 },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;

async function bundles() {
  if (args.includes('--build') || !existsSync(`${root}dist/clinic-widgets.js`)) {
    console.log('Building dist/clinic-widgets.js…');
    await build({ root, logLevel: 'warn' });
  }
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: '.tmp/bench',
      emptyOutDir: true,
      minify: true,
      lib: { entry: 'bench/floor-element.js', formats: ['es'], fileName: () => 'floor-element.js' },
    },
  });
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not installed at ${CHROMIUM} (node scripts/setup.mjs --browsers).`);
    process.exit(1);
  }
  await bundles();
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 60000 });
  try {
    const open = {};
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForFunction(() => window.bench);
      open[name] = page;
    }
    let front;
    const run = async (m) => {
      // Only the page in front gets animation frames.
      if (front !== m.page) await open[(front = m.page)].bringToFront();
      return open[m.page].evaluate((fn, n) => window.bench[fn](n), m.fn, m.n);
    };

    console.log(`${await browser.version()}, headless; median of ${RUNS} runs after ${WARMUP} warm-up runs.`);
    console.log('First render: from appending the element until Lit has rendered and style and layout are computed.');
    for (const condition of conditions) {
      for (const page of Object.values(open)) await page.emulateCPUThrottling(condition.cpu > 1 ? condition.cpu : null);
      const times = Object.fromEntries(measurements.map((m) => [m.id, []]));
      for (let r = 0; r < WARMUP + RUNS; r++) {
        // Interleaved, so drift (other work on the machine) touches every measurement alike.
        for (const m of measurements) {
          const t = await run(m);
          if (r >= WARMUP) times[m.id].push(t);
        }
      }
      console.log(`\n${condition.name}`);
      const medians = Object.fromEntries(measurements.map((m) => [m.id, median(times[m.id])]));
      for (const m of measurements) {
        let line = `  ${m.name.padEnd(48)}${ms(medians[m.id])}  (min ${ms(Math.min(...times[m.id])).trim()})`;
        if (m.vs) line += `  ${(medians[m.id] / medians[m.vs]).toFixed(2)}x ${m.vs}${m.goal ? ` (goal ≤ ${m.goal}x)` : ''}`;
        console.log(line);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
