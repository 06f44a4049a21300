// `npm run bench:peers` (or `npm run bench -- --peers`): what each element costs its page
// beside what a clinic would use instead, built from the peers' npm packages (pinned
// devDependencies) and run interleaved in one Chromium run. Not a test: it prints figures.
//   node scripts/bench-peers.mjs [--runs 41] [--cpu 4] [--pages booking,cal] [--kit /path/to/a/build.js] [--build]
// Pages (bench/peers/*.html are written to .tmp/peers/ and served from this repository):
//   blank       the same page skeleton with no component (the baseline);
//   ours        dist/clinic-widgets.js (the whole kit) with <faq-accordion> and the five FAQs of
//               the article as <details>, or one <booking-cta>, or one <therapy-coaching-quiz>;
//   Shoelace    <sl-details> ×5 (cherry-picked, bundled by Vite as a webmaster's build would)
//               with the light theme;
//   GOV.UK      the accordion (createAll(Accordion) from govuk-frontend, bundled by Vite) and the
//               precompiled govuk-frontend.min.css, with the documented body classes;
//   Cal.com     the documented embed snippet, its embed.js served from this server (the
//               package's dist/embed/embed.js), and a data-cal-link button;
//   Typeform    the documented popup: build/embed.js, build/css/popup.css, createPopup() on a button;
//   floor       a reference, not a peer: a bare Lit element showing one booking link
//               (bench/floor-button.js, bundled by Vite), what any Lit element costs a page.
// The quiz page gives the quiz its booking page, as the docs' snippet does (without one it warns).
// No network: Chromium resolves no host but 127.0.0.1 (--host-resolver-rules), so a peer's
// request to its own servers fails at once instead of waiting; every such request is listed.
// Each load is cold for what it measures: one tab navigates from page to page, each load's
// HTML naming its scripts and stylesheets with a query of its own (`?r=<n>`), so no script is
// cached or compiled before (HTTP caching is off as well); the renderer process, as for a
// visitor whose browser is already open, is running. Per load:
//   main thread  CDP Performance.getMetrics TaskDuration of the document (the metrics start
//                afresh with each navigation), read once the page has settled (load, then 300 ms
//                and an idle callback), so work put off to a timer or idle time is counted too. Measured in the main thread's
//                CPU time (Performance.enable's timeDomain "threadTicks"): on a machine shared
//                with other work, wall-clock task time counts the waits for a core as well; the
//                wall-clock TaskDuration is printed beside it;
//   ready        from the HTML's last byte to the component rendered and painted (bench/peers-probe.js);
//   bytes        the scripts' and stylesheets' bodies as sent (brotli, by scripts/serve.mjs).
// Figures are above the blank page: the median over the runs of a page's load less the blank
// page's load in the same run (paired, so a drift of the machine's speed cancels out). The order
// of the pages rotates from run to run so drift touches each alike. Spread: the loads'
// interquartile range, and how far apart the figures of the odd and of the even runs are
// (two half-size runs back to back: within 10 % means the run count is enough).
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}.tmp/peers/`;
const pkg = (name) => `${root}node_modules/${name}`;
const version = (name) => JSON.parse(readFileSync(`${pkg(name)}/package.json`, 'utf8')).version;

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
// 41 runs: with 21 the odd and even runs' figures differed by up to 84 % on a busy 2-core machine,
// with 41 by up to 29 % (about 6 minutes for each CPU rate).
const RUNS = option('--runs', 41);
const WARMUP = 2;
const CPUS = args.includes('--cpu') ? [option('--cpu', 4)] : [1, 4];
const SETTLE_MS = 300;
// `--pages booking,cal`: only these pages (and the blank one, the baseline); `--kit <path>`: another
// build of the kit in their place (a path under this repository, as served), to compare two builds.
const ONLY = args.includes('--pages') ? ['blank', ...args[args.indexOf('--pages') + 1].split(',')] : null;
const KIT = args.includes('--kit') ? args[args.indexOf('--kit') + 1] : '/dist/clinic-widgets.js';

/** The article's five FAQs: the question lines (ending in "?") after "FAQs", each with the next line. */
function articleFaqs() {
  const text = readFileSync('/work/shared/content/therapy-vs-coaching.txt', 'utf8');
  const lines = text.slice(text.indexOf('\nFAQs\n')).split('\n').map((l) => l.trim()).filter(Boolean);
  const faqs = [];
  lines.forEach((line, i) => line.endsWith('?') && faqs.push({ question: line, answer: lines[i + 1] }));
  if (faqs.length !== 5) throw new Error(`expected the article's 5 FAQs, found ${faqs.length}`);
  return faqs;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const page = (title, head, body, bodyAttrs = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>peers bench: ${title}</title>
${head}
  </head>
  <body${bodyAttrs}>
    <h1>Therapy or coaching?</h1>
${body}
  </body>
</html>
`;

/** Writes the pages and bundles; returns them in table order. */
async function pages() {
  mkdirSync(out, { recursive: true });
  const faqs = articleFaqs();
  const kit = `    <script type="module" src="${KIT}"></script>`;
  const kitScript = `script[src*="${KIT}"]`;
  const bookUrl = 'https://clinic.example/book';

  // Shoelace and GOV.UK are ES modules meant for a bundler: bundled here with the same Vite as the kit.
  const entries = {
    shoelace: `import '@shoelace-style/shoelace/dist/components/details/details.js';\n`,
    govuk: `import { Accordion, createAll } from 'govuk-frontend';\ncreateAll(Accordion);\n`,
    floor: `import '${root}bench/floor-button.js';\n`,
  };
  for (const [name, source] of Object.entries(entries)) {
    writeFileSync(`${out}${name}-entry.js`, source);
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: false, minify: true, lib: { entry: `${out}${name}-entry.js`, formats: ['es'], fileName: () => `${name}.js` } },
    });
  }
  const copy = (from, to) => copyFileSync(join(from), `${out}${to}`);
  copy(`${pkg('@shoelace-style/shoelace')}/dist/themes/light.css`, 'shoelace-light.css');
  copy(`${pkg('govuk-frontend')}/dist/govuk/govuk-frontend.min.css`, 'govuk-frontend.min.css');
  copy(`${pkg('@calcom/embed-core')}/dist/embed/embed.js`, 'cal-embed.js');
  copy(`${pkg('@typeform/embed')}/build/embed.js`, 'typeform-embed.js');
  copy(`${pkg('@typeform/embed')}/build/css/popup.css`, 'typeform-popup.css');

  const details = faqs.map((f) => `    <details><summary>${escape(f.question)}</summary><p>${escape(f.answer)}</p></details>`).join('\n');
  const govukSections = faqs
    .map(
      (f, i) => `      <div class="govuk-accordion__section">
        <div class="govuk-accordion__section-header">
          <h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="faq-heading-${i + 1}">${escape(f.question)}</span></h2>
        </div>
        <div id="faq-content-${i + 1}" class="govuk-accordion__section-content"><p class="govuk-body">${escape(f.answer)}</p></div>
      </div>`,
    )
    .join('\n');
  // The embed snippet as Cal.com documents it (install with JavaScript), its script URL pointed at this server.
  const calSnippet = `    <script type="text/javascript">
      (function (C, A, L) { let p = function (a, ar) { a.q.push(ar); }; let d = C.document; C.Cal = C.Cal || function () { let cal = C.Cal; let ar = arguments; if (!cal.loaded) { cal.ns = {}; cal.q = cal.q || []; d.head.appendChild(d.createElement("script")).src = A; cal.loaded = true; } if (ar[0] === L) { const api = function () { p(api, arguments); }; const namespace = ar[1]; api.q = api.q || []; if(typeof namespace === "string"){cal.ns[namespace] = cal.ns[namespace] || api;p(cal.ns[namespace], ar);p(cal, ["initNamespace", namespace]);} else p(cal, ar); return;} p(cal, ar); }; })(window, "/.tmp/peers/cal-embed.js", "init");
      Cal("init", "consultation", { origin: "https://cal.com" });
      Cal.ns.consultation("ui", { hideEventTypeDetails: false, layout: "month_view" });
    </script>`;

  const list = [
    { id: 'blank', name: 'blank page (baseline)', html: page('blank', '', '    <p>Nothing else.</p>'), spec: {} },
    {
      id: 'faq',
      name: '<faq-accordion> (whole kit)',
      html: page('faq-accordion', kit, `    <faq-accordion>\n${details}\n    </faq-accordion>`),
      spec: { script: kitScript, elements: 'faq-accordion' },
    },
    {
      id: 'shoelace',
      vs: 'faq',
      name: `Shoelace ${version('@shoelace-style/shoelace')} <sl-details> ×5 + light theme`,
      html: page(
        'Shoelace sl-details',
        '    <link rel="stylesheet" href="/.tmp/peers/shoelace-light.css" />\n    <script type="module" src="/.tmp/peers/shoelace.js"></script>',
        faqs.map((f) => `    <sl-details summary="${escape(f.question)}">${escape(f.answer)}</sl-details>`).join('\n'),
      ),
      spec: { script: 'script[src*="/shoelace.js"]', elements: 'sl-details' },
    },
    {
      id: 'govuk',
      vs: 'faq',
      name: `GOV.UK Frontend ${version('govuk-frontend')} accordion (JS + CSS)`,
      html: page(
        'GOV.UK accordion',
        '    <link rel="stylesheet" href="/.tmp/peers/govuk-frontend.min.css" />',
        `    <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
    <div class="govuk-accordion" data-module="govuk-accordion" id="faq">
${govukSections}
    </div>
    <script type="module" src="/.tmp/peers/govuk.js"></script>`,
        ' class="govuk-template__body"',
      ),
      spec: { script: 'script[src*="/govuk.js"]' },
    },
    {
      id: 'booking',
      name: '<booking-cta> (whole kit)',
      html: page('booking-cta', kit, `    <booking-cta href="${bookUrl}"></booking-cta>`),
      spec: { script: kitScript, elements: 'booking-cta' },
    },
    {
      id: 'cal',
      vs: 'booking',
      name: `Cal.com embed loader (@calcom/embed-core ${version('@calcom/embed-core')}, documented snippet)`,
      html: page(
        'Cal.com embed',
        calSnippet,
        '    <button data-cal-namespace="consultation" data-cal-link="clinic/consultation" data-cal-config=\'{"layout":"month_view"}\'>Book a free consultation</button>',
      ),
      spec: { script: 'script[src*="/cal-embed.js"]' },
    },
    {
      // A reference, not a peer: the least any Lit element costs (bench/floor-button.js), beside Cal.com's loader.
      id: 'floor',
      of: 'cal',
      name: 'bare Lit element: one booking link (the floor, a reference)',
      html: page('Lit floor', '    <script type="module" src="/.tmp/peers/floor.js"></script>', `    <floor-button href="${bookUrl}"></floor-button>`),
      spec: { script: 'script[src*="/floor.js"]', elements: 'floor-button' },
    },
    {
      id: 'quiz',
      name: '<therapy-coaching-quiz> (whole kit)',
      // With its booking page, as the docs' snippet has it: without one the quiz warns (rightly) in the console.
      html: page('therapy-coaching-quiz', kit, `    <therapy-coaching-quiz booking-url="${bookUrl}"></therapy-coaching-quiz>`),
      spec: { script: kitScript, elements: 'therapy-coaching-quiz' },
    },
    {
      id: 'typeform',
      vs: 'quiz',
      name: `Typeform popup loader (@typeform/embed ${version('@typeform/embed')} + CSS)`,
      html: page(
        'Typeform popup',
        '',
        `    <button id="button">Therapy or coaching? Take the quiz</button>
    <script src="/.tmp/peers/typeform-embed.js"></script>
    <link rel="stylesheet" href="/.tmp/peers/typeform-popup.css" />
    <script>
      const { toggle } = window.tf.createPopup('clinicquiz');
      document.querySelector('#button').onclick = toggle;
    </script>`,
      ),
      spec: { script: 'script[src*="/typeform-embed.js"]' },
    },
  ];
  const chosen = list.filter((p) => !ONLY || ONLY.includes(p.id));
  for (const p of chosen) writeFileSync(`${out}${p.id}.html`, p.html);
  return chosen;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at % 1);
};

/**
 * One cold load of a page, in the measuring tab: its HTML written anew with every script and
 * stylesheet URL made unique to this load (`?r=<n>`), so nothing is cached (HTTP caching is
 * off too) and V8 compiles every script afresh; then navigated, settled, and measured.
 */
async function load(tab, base, p, n) {
  const html = p.html.replace(/\.(js|css)"/g, `.$1?r=${n}"`);
  writeFileSync(`${out}${p.id}-${n}.html`, html);
  await tab.goto(`${base}/.tmp/peers/${p.id}-${n}.html`, { waitUntil: 'load' });
  const figures = await tab.evaluate(() => window.benchReady);
  await tab.evaluate((ms) => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), ms)), SETTLE_MS);
  rmSync(`${out}${p.id}-${n}.html`);
  // The metrics start afresh with each document (a navigation commits a new one): its own total.
  return { ...figures, main: await tab.cpuTime(), wall: await tab.wallTime() };
}

/** The measuring tab: throttled, uncached, the probe injected, outside requests listed. */
async function open(browser, list, cpu, probe, external) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`${tab.url()}: ${error.message}`));
  tab.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (/^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1') external.add(request.url());
  });
  await tab.setCacheEnabled(false);
  await tab.emulateCPUThrottling(cpu > 1 ? cpu : null);
  const specs = JSON.stringify(Object.fromEntries(list.map((p) => [p.id, p.spec])));
  await tab.evaluateOnNewDocument(`(() => {\n${probe}\nconst spec = ${specs}[location.pathname.match(/\\/(\\w+)-\\d+\\.html$/)?.[1]];\nif (spec) peersProbe(spec);\n})();`);
  // TaskDuration twice: in the main thread's CPU time (thread ticks: what the page's work
  // costs, whatever else runs on the machine) and in wall time (puppeteer's own session).
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  tab.cpuTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  tab.wallTime = async () => (await tab.metrics()).TaskDuration * 1000;
  return tab;
}

async function measure(browser, base, list, cpu, probe, external) {
  const tab = await open(browser, list, cpu, probe, external);
  const runs = Object.fromEntries(list.map((p) => [p.id, []]));
  try {
    for (let r = 0; r < WARMUP + RUNS; r++) {
      // Rotate the order each run: no page always follows the same one.
      const order = list.map((_, i) => list[(i + r) % list.length]);
      const loads = {};
      for (const p of order) loads[p.id] = await load(tab, base, p, `${cpu}${r}`);
      if (r < WARMUP) continue;
      for (const p of list) runs[p.id].push(loads[p.id]);
    }
  } finally {
    await tab.close();
  }
  return runs;
}

function report(list, runs, cpu) {
  const summary = {};
  const f = (v) => `${v.toFixed(0)} ms`;
  const pct = (v) => `${(v * 100).toFixed(0)} %`;
  const odd = (values) => values.filter((_, i) => i % 2);
  const even = (values) => values.filter((_, i) => !(i % 2));
  const values = (id, key) => runs[id].map((x) => x[key]);
  /**
   * A page's figure above the blank page: the median, over the runs, of the page's load less the
   * blank page's load in the same run (a few seconds apart, so a drift of the machine's speed
   * touches both); its spread.
   */
  const stat = (id, key) => {
    const own = values(id, key);
    const blank = values('blank', key);
    const above = (pick) => median(pick(own.map((v, i) => v - blank[i])));
    const m = above((v) => v);
    // Two half-size runs back to back (the odd and the even runs): how far apart their figures are.
    const halves = Math.abs(above(odd) - above(even)) / Math.max(Math.abs(m), 1);
    return { median: m, q1: quantile(own, 0.25), q3: quantile(own, 0.75), halves };
  };
  console.log(`\n${cpu > 1 ? `${cpu}x CPU slowdown` : 'No throttling'}: above the blank page (median over ${RUNS} runs of each cold load less the blank page's in the same run)`);
  const head = ['page', 'brotli', 'main thread', 'ready', 'ours ÷ peer (main / ready)', '(wall-clock main thread)', 'spread: IQR of the loads, main; ready | odd vs even runs, main / ready'];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const p of list) {
    const s = (summary[p.id] = { main: stat(p.id, 'main'), ready: stat(p.id, 'ready'), wall: stat(p.id, 'wall'), bytes: median(values(p.id, 'bytes')) });
    if (p.id === 'blank') continue;
    let ratio = '—';
    if (p.vs) {
      const ours = summary[p.vs];
      s.ratio = { main: ours.main.median / s.main.median, ready: ours.ready.median / s.ready.median, wall: ours.wall.median / s.wall.median };
      ratio = `${s.ratio.main.toFixed(2)} / ${s.ratio.ready.toFixed(2)}`;
    }
    if (p.of) {
      const peer = summary[p.of];
      ratio = `(floor ÷ peer: ${(s.main.median / peer.main.median).toFixed(2)} / ${(s.ready.median / peer.ready.median).toFixed(2)})`;
    }
    const spread = `${f(s.main.q1)}–${f(s.main.q3)}; ${f(s.ready.q1)}–${f(s.ready.q3)} | ${pct(s.main.halves)} / ${pct(s.ready.halves)}`;
    console.log(`| ${p.name} | ${s.bytes.toLocaleString('en')} B | ${f(s.main.median)} | ${f(s.ready.median)} | ${ratio} | ${f(s.wall.median)}${s.ratio ? ` (${s.ratio.wall.toFixed(2)})` : ''} | ${spread} |`);
  }
  const b = summary.blank;
  console.log(`The blank page itself (subtracted above): main thread ${f(median(values('blank', 'main')))} (IQR ${f(b.main.q1)}–${f(b.main.q3)}), ready ${f(median(values('blank', 'ready')))} (IQR ${f(b.ready.q1)}–${f(b.ready.q3)}).`);
  return summary;
}

export async function main() {
  if (args.includes('--build') || !existsSync(`${root}dist/clinic-widgets.js`)) {
    console.log('Building dist/clinic-widgets.js…');
    await build({ root, logLevel: 'warn' });
  }
  const list = await pages();
  const probe = readFileSync(`${root}bench/peers-probe.js`, 'utf8');
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not installed at ${CHROMIUM} (node scripts/setup.mjs --browsers)`);
    process.exit(1);
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No host resolves but 127.0.0.1: nothing leaves the machine, and nothing waits on a timeout.
    // No back/forward cache: each page is left for good, not kept alive beside the next.
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-features=BackForwardCache'],
    protocolTimeout: 120000,
  });
  const external = new Set();
  try {
    const dist = statSync(`${root}dist/clinic-widgets.js`);
    console.log(`dist/clinic-widgets.js: ${dist.size} bytes, built ${dist.mtime.toLocaleString()}.`);
    console.log(`${await browser.version()}, headless, pages on 127.0.0.1; ${RUNS} runs after ${WARMUP} warm-up runs, pages interleaved.`);
    const results = {};
    for (const cpu of CPUS) results[cpu] = report(list, await measure(browser, base, list, cpu, probe, external), cpu);
    console.log(`\nRequests to hosts other than 127.0.0.1 (refused: no host but 127.0.0.1 resolves): ${external.size ? [...external].join(', ') : 'none'}`);
    const last = results[Math.max(...CPUS)];
    const ratios = list.filter((p) => p.vs).flatMap((p) => [last[p.id].ratio.main, last[p.id].ratio.ready]);
    const ok = ratios.every((r) => r <= 1);
    console.log(`\nGoal: every ours ÷ peer ratio ≤ 1.0 at ${Math.max(...CPUS)}x: ${ok ? 'met' : 'NOT met'} (worst ${Math.max(...ratios).toFixed(2)})`);
    if (args.includes('--json')) writeFileSync(args[args.indexOf('--json') + 1], JSON.stringify(results, null, 1));
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
