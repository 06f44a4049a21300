// `npm run lighthouse`: runs Lighthouse 12 on the demo clinic page (/demo/, served from this
// repository on 127.0.0.1) in Debian's Chromium and prints the four category scores, CLS,
// LCP and TBT beside the goals, then every audit that loses points. Not a test: it exits 0
// once it has measured (1 only when Chromium or Lighthouse cannot run). Builds
// dist/clinic-widgets.js if missing (`--build` rebuilds it).
//   node scripts/lighthouse.mjs [--build] [--desktop] [--runs 1] [--page /demo/] [--json out.json]
// Mobile is Lighthouse's default config (simulated slow 4G and 4x CPU slowdown); --desktop
// runs the desktop config as well. https:// and ws(s):// requests are blocked (there is no
// network here, so nothing waits on one) and any request to another host is listed.
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { existsSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(value('--runs')) || 1;
const PAGE = value('--page') ?? '/demo/';
const CATEGORIES = [
  ['performance', 'Perf'],
  ['accessibility', 'A11y'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
];
const configs = [['mobile', undefined], ...(args.includes('--desktop') ? [['desktop', desktopConfig]] : [])];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The figures of one report. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  return {
    scores: CATEGORIES.map(([id]) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)),
    cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    external: requests.map((r) => r.url).filter((url) => /^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1'),
    failing: failingAudits(lhr),
  };
}

/**
 * Audits of the four categories that fail (score below 1) or could not run (error), with the
 * categories and weights they count with; an audit of weight 0 is advice and costs no points.
 */
function failingAudits(lhr) {
  const failing = new Map();
  for (const [categoryId, short] of CATEGORIES) {
    for (const { id, weight } of lhr.categories[categoryId]?.auditRefs ?? []) {
      const a = lhr.audits[id];
      const error = a?.scoreDisplayMode === 'error';
      if (!a || (!error && (a.score === null || a.score >= 1 || ['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)))) continue;
      const item = failing.get(id) ?? { id, title: a.title, score: a.score, weight: 0, where: [], error: error ? (a.errorMessage ?? 'error') : undefined };
      item.value = error ? '' : (a.displayValue ?? '');
      item.weight += weight;
      item.where.push(`${short} ${weight}`);
      failing.set(id, item);
    }
  }
  return [...failing.values()];
}

async function run(url, port, config) {
  const flags = { port, output: 'json', logLevel: 'error', blockedUrlPatterns: ['https://*', 'ws://*', 'wss://*'] };
  const result = await lighthouse(url, flags, config);
  if (!result?.lhr) throw new Error('Lighthouse returned no report');
  if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

async function main() {
  if (args.includes('--build') || !existsSync(`${root}dist/clinic-widgets.js`)) {
    console.log('Building dist/clinic-widgets.js…');
    await build({ root, logLevel: 'warn' });
  }
  const server = await serve(0);
  const url = `http://127.0.0.1:${server.address().port}${PAGE}`;
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'error' });
  } catch (error) {
    server.close();
    console.error(`Chromium could not start: ${error.message}`);
    process.exit(1);
  }
  const reports = [];
  try {
    for (const [name, config] of configs) {
      for (let r = 1; r <= RUNS; r++) reports.push({ name, run: r, lhr: await run(url, chrome.port, config) });
    }
  } catch (error) {
    console.error(`Lighthouse could not run: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await chrome.kill();
    server.close();
  }
  if (!reports.length) return;
  if (value('--json')) writeFileSync(value('--json'), JSON.stringify(reports.map((r) => r.lhr)));
  print(url, reports);
}

function print(url, reports) {
  const { lighthouseVersion, environment } = reports[0].lhr;
  console.log(`Lighthouse ${lighthouseVersion}, ${environment.hostUserAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0]}, ${url}`);
  console.log(`Goals: ${CATEGORIES.map(([, s]) => s).join(', ')} 100 each; CLS 0.\n`);
  console.log(`${''.padEnd(16)}${CATEGORIES.map(([, s]) => s.padStart(6)).join('')}${'CLS'.padStart(9)}${'LCP'.padStart(10)}${'TBT'.padStart(9)}`);
  const rows = reports.map((r) => ({ ...r, ...figures(r.lhr) }));
  const line = (label, f) =>
    console.log(
      `${label.padEnd(16)}${f.scores.map((s) => String(s).padStart(6)).join('')}${f.cls.toFixed(3).padStart(9)}${`${Math.round(f.lcp)} ms`.padStart(10)}${`${Math.round(f.tbt)} ms`.padStart(9)}`,
    );
  for (const r of rows) line(`${r.name} run ${r.run}`, r);
  for (const [name] of configs) {
    const mine = rows.filter((r) => r.name === name);
    if (mine.length < 2) continue;
    line(`${name} median`, {
      // The lower middle score for an even count: a score is never rounded up.
      scores: CATEGORIES.map((_, i) => mine.map((r) => r.scores[i]).sort((a, b) => a - b)[(mine.length - 1) >> 1]),
      cls: median(mine.map((r) => r.cls)),
      lcp: median(mine.map((r) => r.lcp)),
      tbt: median(mine.map((r) => r.tbt)),
    });
  }

  const allHundred = rows.every((r) => r.scores.every((s) => s === 100));
  const noShift = rows.every((r) => r.cls === 0);
  console.log(`\nGoals`);
  console.log(`  ${(allHundred ? 'met' : 'NOT met').padEnd(8)}100 in each category, every run`);
  console.log(`  ${(noShift ? 'met' : 'NOT met').padEnd(8)}CLS 0, every run (worst ${Math.max(...rows.map((r) => r.cls)).toFixed(3)})`);

  const external = [...new Set(rows.flatMap((r) => r.external))];
  console.log(`\nRequests to hosts other than 127.0.0.1 (blocked or unreachable here): ${external.length ? external.join(', ') : 'none'}`);

  const failing = new Map();
  for (const r of rows) {
    for (const a of r.failing) {
      const item = failing.get(a.id) ?? { ...a, runs: [] };
      const result = a.error ? a.error.slice(0, 200) : `score ${a.score}${a.value ? `, ${a.value}` : ''}`;
      item.runs.push([`${r.name} ${r.run}`, result]);
      failing.set(a.id, item);
    }
  }
  const groups = [
    ['Audits losing points (category weight)', (a) => !a.error && a.weight > 0],
    ['Failing advice (weight 0: costs no points)', (a) => !a.error && !a.weight],
    ['Audits that could not run (error)', (a) => a.error],
  ];
  for (const [title, test] of groups) {
    const list = [...failing.values()].filter(test);
    console.log(`\n${title}:${list.length ? '' : ' none'}`);
    if (list.some((a) => a.error?.includes('frame_sequence')))
      console.log("  (Lighthouse's trace engine cannot read this Chromium's frame events; these audits have weight 0, so no score changes.)");
    for (const a of list) {
      // Runs with the same result on one line.
      const results = new Map();
      for (const [run, result] of a.runs) results.set(result, [...(results.get(result) ?? []), run]);
      const lines = [...results].map(([result, runs]) => `${runs.join(', ')}: ${result}`);
      console.log(`  ${a.id} — ${a.title} [${a.where.join(', ')}]\n      ${lines.join('\n      ')}`);
    }
  }
}

await main();
