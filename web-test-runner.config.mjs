// @web/test-runner in real engines: Chromium, Firefox ESR (WebDriver BiDi through
// puppeteer-core) and WebKit (WebKitGTK's WebKitWebDriver under Xvfb).
// Locally it runs the engines that are installed and says which; with CI=true all three
// are required. BROWSERS=chromium,firefox narrows a run.
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { a11ySnapshotPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { ensureWordPressCss } from './scripts/wordpress-css.mjs';

// WordPress's real block CSS for the theme fixture (test/host/wordpress.test.ts), fetched once.
ensureWordPressCss();

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// A free port per run, so two runs (two developers, or a run and a bench) never collide.
const WEBKIT_PORT = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});


const engines = {
  chromium: {
    available: existsSync(CHROMIUM),
    launcher: () =>
      chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] } }),
  },
  firefox: {
    available: existsSync(FIREFOX),
    launcher: () =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      }),
  },
  webkit: {
    available: existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && existsSync('/usr/bin/xvfb-run'),
    launcher: () =>
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: WEBKIT_PORT,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
        logLevel: 'error',
      }),
  },
};

let webkitDriver;
function startWebKitDriver() {
  if (webkitDriver) return;
  webkitDriver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, '--host=127.0.0.1', `--port=${WEBKIT_PORT}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-webkitDriver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(130)));
}

/** Resolves once something accepts connections on the port, or rejects after `timeout` ms. */
async function waitForPort(port, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port} within ${timeout / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const missing = wanted.filter((name) => !engines[name]?.available);
if (missing.length && process.env.CI === 'true') {
  throw new Error(`CI=true needs every engine; missing: ${missing.join(', ')}. Run: node scripts/setup.mjs --browsers`);
}
const chosen = wanted.filter((name) => engines[name]?.available);
// WebKitWebDriver starts under Xvfb, which takes a few seconds: wait until it listens, so the
// first session does not meet a closed port.
if (chosen.includes('webkit')) {
  startWebKitDriver();
  await waitForPort(WEBKIT_PORT, 30000);
}
if (!chosen.length) throw new Error('No browser engine is installed. Run: node scripts/setup.mjs --browsers');
console.log(`Engines: ${chosen.join(', ')}${missing.length ? ` (not installed, skipped: ${missing.join(', ')})` : ''}`);

// esbuild lowers our TypeScript sources; the built bundle under /dist/ is served as it is,
// so its tests see exactly what a webmaster's page gets.
function sourceOnly(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

// The runner sends each result through structuredClone, which throws on a DOM node or a function.
// A failed assertion on one (chai keeps it as `actual`) then never reports: the run waits out
// testsFinishTimeout and says only "did not finish" (modernweb-dev/web; vaadin/flow-components
// #9656). Before the test framework loads, structuredClone learns to describe such values.
const DESCRIBE_UNCLONEABLE = `{
  const clone = structuredClone;
  const describe = (key, v) =>
    v instanceof Node ? (v.outerHTML ?? v.nodeName).slice(0, 300) : typeof v === 'function' ? '[function ' + (v.name || 'anonymous') + ']' : v;
  globalThis.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch {
      return JSON.parse(JSON.stringify(value, describe));
    }
  };
}`;

// `npm test -- --group <name>` (or `npx wtr --group <name>`) runs one group: one per element,
// and the rest by what they load. Every test file is in exactly one group: `kit` takes what the
// others leave. A plain run runs every group once; `--files` runs just those files.
const ELEMENT_GROUPS = ['booking-cta', 'faq-accordion', 'therapy-coaching-quiz'].map((tag) => ({
  name: tag,
  files: [`test/${tag}.test.ts`, `test/${tag}.*.test.ts`],
}));
const OTHER_GROUPS = [
  // The pages a webmaster makes: host pages, themes and right-to-left, in iframes.
  { name: 'host', files: ['test/host/**/*.test.ts'] },
  // The built module: dist/, the docs' snippets and README examples, the embed-code builder.
  {
    name: 'dist',
    files: ['test/dist/**/*.test.ts', 'test/snippets.test.ts', 'test/readme-examples.test.ts', 'test/configurator.test.ts'],
  },
  { name: 'a11y', files: ['test/a11y/**/*.test.ts'] },
];
const TEST_FILES = ['test/**/*.test.ts'];
const grouped = [...ELEMENT_GROUPS, ...OTHER_GROUPS];
const GROUPS = [...grouped, { name: 'kit', files: [...TEST_FILES, ...grouped.flatMap((g) => g.files.map((f) => `!${f}`))] }];
const filesFromCli = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

/**
 * The clean-kit reset (test/support/root-hooks.ts) as a mocha root hook in every test file: the
 * runner passes its framework options to the page as JSON, which can't carry a function, so
 * each test module imports the hooks first, through this plugin.
 */
function rootHooks() {
  return {
    name: 'root-hooks',
    transform(context) {
      if (/^\/test\/.*\.test\.(ts|js)$/.test(context.path)) return { body: `import '/test/support/root-hooks.ts';${context.body}` };
    },
  };
}

export default {
  nodeResolve: true,
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head><script>${DESCRIBE_UNCLONEABLE}</script></head><body><script type="module" src="${framework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
  // With --files the command line says which files; otherwise the groups do.
  groups: filesFromCli ? [] : GROUPS,
  concurrency: 1,
  // The kit's one line naming its version (test/host/console.test.ts checks it) is left out of the output.
  filterBrowserLogs: ({ type, args }) => !String(args[0]).includes('Lit is in dev mode') && !(type === 'info' && /^clinic-widgets \d/.test(String(args[0]))),
  concurrentBrowsers: 3,
  testsFinishTimeout: 300000,
  browserStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  browsers: chosen.map((name) => engines[name].launcher()),
  // test/host: host pages named *.csp.html are served with a strict Content-Security-Policy header.
  // test/snippets: /snippet/<name> is docs/snippets/<name> as a page of its own (same origin, so a
  // snippet's own CSP meets 'self' in every engine), its script pointed at the built module
  // and its stylesheet at the built copy.
  middleware: [
    (context, next) => (context.path.endsWith('.csp.html') && context.set('Content-Security-Policy', "default-src 'self'"), next()),
    (context, next) => {
      const name = /^\/snippet\/([\w-]+\.html)$/.exec(context.path)?.[1];
      if (!name) return next();
      // ?broken: the script's path is wrong, as a webmaster's might be (the stylesheet is found).
      const script = context.query.broken !== undefined ? '/js/not-here/clinic-widgets.js' : '/dist/clinic-widgets.js';
      const html = readFileSync(new URL(`./docs/snippets/${name}`, import.meta.url), 'utf8')
        .replace(/src="[^"]*clinic-widgets\.js"/g, `src="${script}"`)
        .replace(/href="[^"]*clinic-widgets\.css"/g, 'href="/dist/clinic-widgets.css"');
      context.type = 'html';
      context.body = html.includes('<html') ? html : `<!doctype html><html lang="en"><body>${html}</body></html>`;
    },
  ],
  plugins: [
    sourceOnly(
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
        define: { __VERSION__: JSON.stringify(version) },
      }),
    ),
    rootHooks(),
    sendKeysPlugin(),
    sendMousePlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
  ],
};
