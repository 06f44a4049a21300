// `npm run bench`: times the kit in headless Chromium, in one browser run, and prints the
// figures beside the goals. Not a test: it exits 0 once it has measured (1 only when the
// browser cannot start). Uses dist/clinic-widgets.js, building it if missing (`--build`
// rebuilds it). The floor, a bare Lit element rendering a list, is bundled from
// bench/floor-element.js with the same Lit and toolchain. Pages are served from this
// repository on 127.0.0.1 (random port); nothing else is contacted.
//   node scripts/bench.mjs [--build] [--runs 15] [--n 500]
//   node scripts/bench.mjs --peers [--runs 41] [--cpu 4]   (the side-by-side run: scripts/bench-peers.mjs)
// Measured, with no throttling and again with a 4x CPU slowdown (CDP):
//   1. the demo page (/demo/): navigation start, and script start, to every element rendered
//      and the frame showing them painted (bench/load-probe.js, injected before the page's scripts);
//   2. a 500-item <faq-accordion>'s first render beside a bare Lit 500-item list (the floor),
//      with the median of each run's ratio to the floor measured just before it;
//   3. each quiz step: a click on Start or Next to the next screen's heading in the DOM and
//      the frame showing it painted (bench/harness.js).
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args[args.indexOf(name) + 1]) || fallback;
const RUNS = option('--runs', 15);
const N = option('--n', 500);
const WARMUP = 3;
const FRAME = 1000 / 60;
const GOALS = { faq: 3, step: FRAME + 10 };

// Pages a measurement runs in (served from the repository root). `demo` is loaded anew for
// every measurement; the others are opened once.
const pages = {
  demo: '/demo/',
  floor: '/bench/floor.html',
  kit: '/bench/kit.html',
};

// First renders: `fn` names a function of window.bench (bench/harness.js) returning ms; `vs`
// names the measurement it is compared with, `goal` the largest ratio wanted.
const renders = [
  { id: 'floor', name: `bare Lit element, ${N}-item list (the floor)`, page: 'floor', fn: 'floor' },
  { id: 'faq-json', name: `<faq-accordion>, ${N} items from JSON`, page: 'kit', fn: 'faqJson', vs: 'floor' },
  { id: 'faq-details', name: `<faq-accordion>, ${N} light-DOM <details>`, page: 'kit', fn: 'faqDetails', vs: 'floor' },
];

// Conditions everything runs under (CPU slowdown through CDP Emulation.setCPUThrottlingRate).
const conditions = [
  { name: 'No throttling', cpu: 1, short: 'no throttling' },
  { name: '4x CPU slowdown', cpu: 4, short: 'under 4x CPU slowdown' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value, width = 7) => `${value.toFixed(1)} ms`.padStart(width + 3);
const verdict = (ok) => (ok ? 'met' : 'NOT met');

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

async function launch() {
  try {
    if (!existsSync(CHROMIUM)) throw new Error(`not installed at ${CHROMIUM} (node scripts/setup.mjs --browsers)`);
    return await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS], protocolTimeout: 120000 });
  } catch (error) {
    console.error(`Chromium could not start: ${error.message}`);
    process.exit(1);
  }
}

/** Measures everything once per run, interleaved so drift touches every figure alike. */
async function measure(open, base) {
  let front;
  const toFront = async (name) => {
    // Only the page in front gets animation frames.
    if (front !== name) await open[(front = name)].bringToFront();
    return open[name];
  };
  const load = [];
  const times = Object.fromEntries(renders.map((m) => [m.id, []]));
  const steps = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const keep = r >= WARMUP;
    const demo = await toFront('demo');
    await demo.goto(base + pages.demo, { waitUntil: 'load' });
    const milestones = await demo.evaluate(() => window.benchLoad);
    if (keep) load.push(milestones);
    for (const m of renders) {
      const page = await toFront(m.page);
      const t = await page.evaluate((fn, n) => window.bench[fn](n), m.fn, N);
      if (keep) times[m.id].push(t);
    }
    const walk = await (await toFront('kit')).evaluate(() => window.bench.quiz());
    if (keep) walk.forEach((step, i) => (steps[i] ??= []).push(step));
  }
  return { load, times, steps };
}

function report(condition, { load, times, steps }) {
  const goals = [];
  console.log(`\n${condition.name}`);

  const counts = Object.entries(load[0].counts).map(([tag, n]) => `${n} ${tag}`).join(', ');
  console.log(`  1. Demo page load (${pages.demo}: ${counts}), to all rendered and painted`);
  const fromNav = load.map((l) => l.painted);
  const fromScript = load.map((l) => l.painted - l.scriptStart);
  const fromDefine = load.map((l) => l.painted - l.defined);
  console.log(`     from navigation start                        ${ms(median(fromNav))}  (min ${ms(Math.min(...fromNav), 0)})`);
  console.log(`     from script start                            ${ms(median(fromScript))}  (min ${ms(Math.min(...fromScript), 0)})`);
  console.log(`     from the elements' definition                ${ms(median(fromDefine))}  (min ${ms(Math.min(...fromDefine), 0)})`);

  console.log(`  2. First render (append → rendered, style and layout computed)`);
  const medians = Object.fromEntries(renders.map((m) => [m.id, median(times[m.id])]));
  for (const m of renders) {
    let line = `     ${m.name.padEnd(45)}${ms(medians[m.id])}  (min ${ms(Math.min(...times[m.id]), 0)})`;
    if (m.vs) {
      // Each run's ratio to the floor measured just before it, so drift cancels out; then the median.
      const ratio = median(times[m.id].map((t, i) => t / times[m.vs][i]));
      const ok = ratio <= GOALS.faq;
      line += `  ${ratio.toFixed(2)}x the floor, goal ≤ ${GOALS.faq}x: ${verdict(ok)}`;
      goals.push([`${m.name} within ${GOALS.faq}x the floor`, ok, `${ratio.toFixed(2)}x`]);
    }
    console.log(line);
  }

  console.log(`  3. Quiz step: click → next heading in the DOM / → its frame painted (goal ≤ ${GOALS.step.toFixed(1)} ms) / → second rAF`);
  console.log(`     ${''.padEnd(26)}${'in DOM, median'.padStart(14)}${'painted, median'.padStart(17)}${'max'.padStart(10)}${'2nd rAF, median'.padStart(17)}`);
  let worst = 0;
  let allOk = true;
  steps.forEach((runs, i) => {
    const label = i === 0 ? 'Start → question 1' : i === steps.length - 1 ? `question ${i} → result` : `question ${i} → question ${i + 1}`;
    const paint = runs.map((s) => s.paint);
    const ok = median(paint) <= GOALS.step;
    allOk &&= ok;
    worst = Math.max(worst, median(paint));
    console.log(
      `     ${label.padEnd(26)}${ms(median(runs.map((s) => s.dom)), 11)}${ms(median(paint), 14)}${ms(Math.max(...paint))}${ms(median(runs.map((s) => s.raf2)), 14)}  ${verdict(ok)}`,
    );
  });
  goals.push([`every quiz step painted within ${GOALS.step.toFixed(1)} ms (median)`, allOk, `slowest step ${worst.toFixed(1)} ms`]);
  return goals.map(([goal, ok, figure]) => [`${goal}, ${condition.short}`, ok, figure]);
}

async function main() {
  await bundles();
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    const probe = readFileSync(`${root}bench/load-probe.js`, 'utf8');
    const open = {};
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      if (name === 'demo') {
        await page.evaluateOnNewDocument(probe);
        // Every load of the demo page cold, whatever caching headers the server sends.
        await page.setCacheEnabled(false);
      }
      else {
        await page.goto(base + path, { waitUntil: 'load' });
        await page.waitForFunction(() => window.bench);
      }
      open[name] = page;
    }

    const dist = statSync(`${root}dist/clinic-widgets.js`);
    console.log(`dist/clinic-widgets.js: ${dist.size} bytes, built ${dist.mtime.toLocaleString()}.`);
    console.log(`${await browser.version()}, headless, pages on 127.0.0.1; median of ${RUNS} runs after ${WARMUP} warm-up runs.`);
    console.log('"Painted": a task queued from the next frame\'s requestAnimationFrame has run (style, layout and paint done).');
    const goals = [];
    for (const condition of conditions) {
      for (const page of Object.values(open)) await page.emulateCPUThrottling(condition.cpu > 1 ? condition.cpu : null);
      goals.push(...report(condition, await measure(open, base)));
    }
    console.log('\nGoals');
    for (const [goal, ok, figure] of goals) console.log(`  ${verdict(ok).padEnd(8)}${goal} (${figure})`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (args.includes('--peers')) await (await import('./bench-peers.mjs')).main();
else await main();
