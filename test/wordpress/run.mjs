#!/usr/bin/env node
// The WordPress plugin in a real WordPress 6.5, offline: WordPress Playground (PHP-WASM, SQLite)
// from npm, WordPress from @wp-playground/wordpress-builds served on 127.0.0.1, Debian's Chromium.
//
// 1. `php -l` on every PHP file of the plugin and of this test.
// 2. Builds the release zip (scripts/release-wordpress.mjs) and uploads it in Plugins › Add New.
// 3. Sets Settings › Clinic widgets in its form; creates posts through the REST API, with block
//    markup, as an Administrator and as an Author; a Classic post with the shortcodes; a post
//    without any.
// 4. Renders each post for a visitor at 360 and 1280 px and checks what a person gets; then, with
//    the kit's script blocked, the content the plugin writes inside each element.
// 5. The escaping unit test (escaping-test.php), run by WordPress's own PHP.
// Prints each check and how long the suite took. Needs `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const work = join(root, '.tmp', 'wordpress');
const { version } = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' }));
const BOOK = 'https://clinic.example/book';
const PHONE = '(780) 555-0100';
const HOURS = 'Mon–Fri 9–5';
/** A crisis line of the clinic's own (Settings: name | call | text | hours). */
const CRISIS = { name: 'Distress line', call: '780-482-4357', tel: 'tel:7804824357', hours: '24/7' };
/** Each logged-in tab's REST nonce, fetched once. */
const nonces = new WeakMap();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let failures = 0;
function check(name, ok, detail = '') {
  if (!ok) failures++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

// --- 1. php -l -------------------------------------------------------------------------------
const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? phpFiles(path) : path.endsWith('.php') ? [path] : [];
  });
console.log('php -l');
for (const file of [...phpFiles(join(root, 'wordpress')), ...phpFiles(here)]) {
  let out = '';
  try {
    out = execFileSync('php', ['-l', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = `${error.stdout ?? ''}${error.stderr ?? error.message}`;
  }
  check(file.slice(root.length + 1), /No syntax errors/.test(out), out.trim());
}

// --- 2. The release zip and WordPress ---------------------------------------------------------
mkdirSync(work, { recursive: true });
execFileSync('node', [join(root, 'scripts/release-wordpress.mjs'), '--out', work], { stdio: 'inherit' });
const pluginZip = join(work, `clinic-widgets-wordpress-${version}.zip`);

// WordPress 6.5, installed once (SQLite) and kept in .tmp: each run starts from a copy of it.
const builds = join(root, 'node_modules/@wp-playground/wordpress-builds');
const installed = join(work, 'wp-6.5-php-7.4');
const siteDir = join(work, 'site');
const port = await freePort();
const site = `http://127.0.0.1:${port}`;
const blueprint = join(work, 'blueprint.json');
// No download: WordPress is on disk, and the blueprint names a local WordPress so nothing is fetched.
writeFileSync(blueprint, JSON.stringify({ preferredVersions: { wp: `${site}/wordpress.zip`, php: '7.4' }, steps: [] }));

if (!existsSync(join(installed, 'wp-content/database/.ht.sqlite'))) {
  const fresh = `${installed}.part`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  // The PHP files (a zip) and the static files (a folder) of the npm build.
  execFileSync('unzip', ['-q', join(builds, 'src/wordpress/wp-6.5.zip'), '-d', fresh]);
  cpSync(join(builds, 'public/wp-6.5'), fresh, { recursive: true, filter: (path) => !path.endsWith('wordpress-remote-asset-paths') });
  console.log('Installing WordPress 6.5 once (kept in .tmp/wordpress)…');
  const installer = startPlayground(fresh, 'install-from-existing-files');
  try {
    await installer.ready;
  } finally {
    installer.stop();
  }
  await new Promise((ok) => setTimeout(ok, 1000));
  renameSync(fresh, installed);
}
rmSync(siteDir, { recursive: true, force: true });
cpSync(installed, siteDir, { recursive: true });
const playground = startPlayground(siteDir, 'do-not-attempt-installing');
process.on('exit', playground.stop);

/**
 * WordPress Playground on 127.0.0.1:`port`, serving `dir` (mounted at /wordpress), in its own
 * process group, stopped by its process id.
 */
function startPlayground(dir, mode) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/@wp-playground/cli/cli.js'),
      'server',
      `--port=${port}`,
      `--site-url=${site}`,
      '--php=7.4',
      `--blueprint=${blueprint}`,
      `--mount-before-install=${dir}:/wordpress`,
      `--wordpress-install-mode=${mode}`,
      // Offline: WordPress's update checks and cron fail at once instead of waiting on the network.
      ...['WP_HTTP_BLOCK_EXTERNAL', 'DISABLE_WP_CRON', 'AUTOMATIC_UPDATER_DISABLED'].flatMap((name) => ['--define-bool', name, 'true']),
      `--mount=${here}:/wordpress/clinic-tests`,
    ],
    { cwd: work, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const ready = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Playground did not start in 300 s:\n${log}`)), 300_000);
    child.on('exit', (code) => fail(new Error(`Playground exited (${code}):\n${log}`)));
    const poll = setInterval(() => {
      if (/Ready!/.test(log)) {
        clearInterval(poll);
        clearTimeout(timer);
        ok();
      }
    }, 200);
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  return { ready, stop };
}

function freePort() {
  return new Promise((ok) => {
    const probe = netServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => ok(free));
    });
  });
}

let browser;

try {
  await playground.ready;
  console.log(`WordPress 6.5 on PHP 7.4 at ${site} (started in ${seconds()})`);

  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true });
  await run(browser);
} catch (error) {
  failures++;
  console.error(error);
} finally {
  await browser?.close();
  playground.stop();
}
console.log(`WordPress suite: ${failures ? `${failures} failed` : 'all passed'} in ${seconds()}`);
process.exit(failures ? 1 : 0);

// --- 3 and 4 --------------------------------------------------------------------------------
async function run(browser) {
  const admin = await browser.createBrowserContext();
  const page = await newPage(admin, { bare: true });
  await logIn(page, 'admin', 'password');

  console.log('Install the release zip (Plugins › Add New › Upload Plugin)');
  await page.goto(`${site}/wp-admin/plugin-install.php?tab=upload`);
  const input = await page.waitForSelector('#pluginzip');
  await input.uploadFile(pluginZip);
  await Promise.all([page.waitForNavigation({ timeout: 120_000 }), page.click('#install-plugin-submit')]);
  const installed = await page.$eval('body', (b) => b.innerText);
  check('the zip installs', /Plugin installed successfully/.test(installed), installed.slice(0, 400));
  // Activated through the REST API: the Plugins screen checks for updates, slow offline.
  const activated = await rest(page, 'POST', '/wp/v2/plugins/clinic-widgets/clinic-widgets', { status: 'active' });
  check('the plugin activates', activated.status === 'active' && activated.version === version, JSON.stringify(activated).slice(0, 300));

  console.log('Settings › Clinic widgets');
  await page.goto(`${site}/wp-admin/options-general.php?page=clinic-widgets`);
  await page.type('#clinic-widgets-bookingUrl', BOOK);
  await page.type('#clinic-widgets-phone', PHONE);
  await page.type('#clinic-widgets-hours', HOURS);
  await page.type('#clinic-widgets-crisis', `${CRISIS.name} | ${CRISIS.call} | | ${CRISIS.hours}`);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  check('the settings save', (await page.$eval('#clinic-widgets-bookingUrl', (i) => i.value)) === BOOK);
  // The first save adds the option, which WordPress cleans twice: the crisis line must survive both.
  const crisisSaved = await page.$eval('#clinic-widgets-crisis', (t) => t.value.trim());
  check('the clinic’s crisis line is kept on the first save', crisisSaved === `${CRISIS.name} | ${CRISIS.call} |  | ${CRISIS.hours}`, crisisSaved);
  // A forged form (no nonce) changes nothing.
  const forged = await page.evaluate(async (site) => {
    const body = new URLSearchParams({ option_page: 'clinic_widgets', action: 'update', 'clinic_widgets_defaults[bookingUrl]': 'https://evil.example' });
    return (await fetch(`${site}/wp-admin/options.php`, { method: 'POST', body })).status;
  }, site);
  await page.reload();
  check('a form without the nonce is refused', forged >= 400 && (await page.$eval('#clinic-widgets-bookingUrl', (i) => i.value)) === BOOK, `status ${forged}`);

  // The Author, created through the REST API.
  await rest(page, 'POST', '/wp/v2/users', { username: 'author', password: 'author-pass-1', email: 'author@clinic.example', roles: ['author'] });

  const blocks = [
    '<!-- wp:paragraph --><p>Not sure where to start?</p><!-- /wp:paragraph -->',
    '<!-- wp:clinic-widgets/quiz {"quizId":"quiz"} /-->',
    '<!-- wp:clinic-widgets/booking {"for":"quiz"} /-->',
    '<!-- wp:clinic-widgets/faq {"search":true} -->',
    details('How long is a session?', 'Fifty minutes, in person or online.'),
    details('Do I need a referral?', 'No. You can book directly.'),
    '<!-- /wp:clinic-widgets/faq -->',
    '<!-- wp:clinic-widgets/booking {"variant":"banner","label":"Book with us"} /-->',
  ].join('\n\n');
  const adminPost = await rest(page, 'POST', '/wp/v2/posts', { title: 'Admin: clinic blocks', content: blocks, status: 'publish' });
  const plainPost = await rest(page, 'POST', '/wp/v2/posts', { title: 'No blocks here', content: '<!-- wp:paragraph --><p>Just words.</p><!-- /wp:paragraph -->', status: 'publish' });
  const classic = [
    'Our questions, in the Classic editor.',
    '[clinic_quiz id="quiz"]',
    '[clinic_faq search]',
    '<details><summary>How long is a session?</summary>Fifty minutes, in person or online.</details>',
    '',
    '<details><summary>Do I need a referral?</summary>No. You can book directly.</details>',
    '[/clinic_faq]',
    '',
    '[clinic_booking for="quiz"] and [clinic_booking variant="banner" label="Book with us"]',
  ].join('\n');
  const classicPost = await rest(page, 'POST', '/wp/v2/posts', { title: 'Classic: shortcodes', content: classic, status: 'publish' });
  const frenchPost = await rest(page, 'POST', '/wp/v2/posts', { title: 'En français', content: '[clinic_quiz lang="fr"]\n\n[clinic_booking lang="fr"]', status: 'publish' });

  const authorContext = await browser.createBrowserContext();
  const authorPage = await newPage(authorContext, { bare: true });
  await logIn(authorPage, 'author', 'author-pass-1');
  const authorPost = await rest(authorPage, 'POST', '/wp/v2/posts', { title: 'Author: clinic blocks', content: blocks, status: 'publish' });
  const saved = await rest(authorPage, 'GET', `/wp/v2/posts/${authorPost.id}?context=edit`);
  check('an Author publishes all three blocks, and nothing is stripped', authorPost.status === 'publish' && saved.content.raw === blocks, saved.content?.raw?.slice(0, 300));
  check('the saved post holds only block comments and the Details blocks', !/<(therapy-coaching-quiz|faq-accordion|booking-cta)/.test(saved.content.raw));
  await authorContext.close();

  console.log('The block editor');
  const editor = await newPage(admin);
  const editorErrors = [];
  editor.on('pageerror', (e) => editorErrors.push(String(e)));
  await editor.goto(`${site}/wp-admin/post.php?post=${adminPost.id}&action=edit`, { waitUntil: 'domcontentloaded' });
  // The canvas is an iframe when every block is apiVersion 3 (as these are), else the page itself.
  // Polled by hand: the editor may replace its canvas while it loads, which ends a waitForFunction.
  let previews = 'not found in 300 s';
  for (const until = Date.now() + 300_000; Date.now() < until && !Array.isArray(previews); ) {
    await new Promise((ok) => setTimeout(ok, 2000));
    previews = await editor
      .evaluate(() => {
        const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
        const tags = ['therapy-coaching-quiz', 'booking-cta'];
        const ready = tags.filter((tag) => canvas.querySelector(tag)?.shadowRoot?.childElementCount);
        return ready.length === tags.length ? ready : `ready: ${ready.join() || 'none'}`;
      })
      .catch((error) => String(error));
  }
  check('the editor previews the blocks with the real elements', Array.isArray(previews), String(previews));
  check('the editor script runs without errors', editorErrors.length === 0, editorErrors.join('\n      '));
  await editor.close();

  // --- 4. What a visitor gets ---------------------------------------------------------------
  const visitor = await browser.createBrowserContext();
  const view = await newPage(visitor);
  const warnings = [];
  view.on('console', (m) => ['warn', 'warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  view.on('pageerror', (e) => warnings.push(String(e)));
  const renders = {};
  for (const width of [360, 1280]) {
    await view.setViewport({ width, height: 800 });
    for (const [name, post] of [
      ['Administrator', adminPost],
      ['Author', authorPost],
      ['Classic', classicPost],
    ]) {
      console.log(`${name}'s post at ${width} px`);
      warnings.length = 0;
      await view.goto(`${site}/?p=${post.id}`, { waitUntil: 'networkidle0' });
      const state = await view.evaluate(pageState);
      renders[`${name} ${width}`] = state.elements;
      check('the module loads once, as a module with the plugin version', state.modules.length === 1 && state.modules[0].endsWith(`clinic-widgets.js?ver=${version}`), JSON.stringify(state.modules));
      check('the clinic defaults are printed once', state.defaults.length === 1 && JSON.parse(state.defaults[0]).bookingUrl === BOOK, JSON.stringify(state.defaults));
      check('the reserve-space stylesheet is linked once, with the plugin version', state.stylesheets.length === 1 && state.stylesheets[0].endsWith(`clinic-widgets.css?ver=${version}`), JSON.stringify(state.stylesheets));
      check('the three elements upgrade', state.upgraded.join() === 'therapy-coaching-quiz,faq-accordion,booking-cta', state.upgraded.join());
      check('the booking buttons link to the clinic’s booking page (settings)', state.bookingLinks.length === 2 && state.bookingLinks.every((l) => l.href === BOOK), JSON.stringify(state.bookingLinks));
      check('a block’s own label wins over the defaults', state.bookingLinks[1]?.text.startsWith('Book with us'), JSON.stringify(state.bookingLinks));
      check('the FAQ shows the post’s own questions', state.questions.join(' | ') === 'How long is a session? | Do I need a referral?', state.questions.join(' | '));
      check('nothing is mangled (only <details> in the FAQ, no stray <p> or <br>)', state.faqChildren.join() === 'details,details', state.faqChildren.join());
      check('each element fits the viewport', state.overflow.length === 0, JSON.stringify(state.overflow));
      check(
        'the plain links inside the quiz and the booking buttons are there, and none shows',
        state.fallback.length === 3 && state.fallback.every((f) => f.links > 0 && f.shown === 0),
        JSON.stringify(state.fallback),
      );

      // Open each question as a visitor would: a click on it.
      const opened = [];
      for (const question of state.questions) {
        const buttons = await view.$$('faq-accordion >>> button[aria-expanded]');
        const texts = await Promise.all(buttons.map((b) => b.evaluate((x) => x.textContent.trim())));
        await buttons[texts.indexOf(question)].click();
        opened.push(
          await view.waitForFunction(
            (q) => {
              const faq = document.querySelector('faq-accordion');
              const b = [...faq.shadowRoot.querySelectorAll('button[aria-expanded]')].find((x) => x.textContent.includes(q));
              const panel = b && faq.shadowRoot.getElementById(b.getAttribute('aria-controls'));
              return b?.getAttribute('aria-expanded') === 'true' && panel && panel.getBoundingClientRect().height > 0 && panel.checkVisibility();
            },
            { timeout: 5000 },
            question,
          ).then(() => true, () => false),
        );
      }
      check('the questions open', opened.length === 2 && opened.every(Boolean), JSON.stringify(opened));

      const result = await takeQuiz(view);
      check('the quiz reaches a result that links to the clinic’s booking page', result.links.includes(BOOK), JSON.stringify(result));
      check('the booking button following the quiz books what it recommended', (await followerHref(view)) === BOOK);
      check('no console warnings or errors', warnings.length === 0, warnings.join('\n      '));
    }
  }
  check('an Author’s post renders the same as an Administrator’s', JSON.stringify(renders['Author 1280']) === JSON.stringify(renders['Administrator 1280']), `${JSON.stringify(renders['Author 1280'])}\n      ${JSON.stringify(renders['Administrator 1280'])}`);

  console.log('A post without blocks');
  await view.goto(`${site}/?p=${plainPost.id}`, { waitUntil: 'networkidle0' });
  const plain = await view.evaluate(pageState);
  check('no module, no stylesheet and no defaults on a page without blocks', plain.modules.length === 0 && plain.stylesheets.length === 0 && plain.defaults.length === 0, JSON.stringify(plain));

  // The script blocked (a cache plugin that mangles modules, a blocker, an old browser): what the
  // plugin writes inside each element is all a visitor gets. On a phone, where it happens most.
  const blocked = await newPage(visitor);
  await blocked.setRequestInterception(true);
  blocked.on('request', (request) => (new URL(request.url()).pathname.endsWith('/clinic-widgets.js') ? request.abort() : request.continue()));
  await blocked.setViewport({ width: 360, height: 800 });
  for (const [name, post] of [
    ['Administrator', adminPost],
    ['Author', authorPost],
    ['Classic', classicPost],
  ]) {
    console.log(`${name}'s post at 360 px, the kit's script blocked`);
    await blocked.goto(`${site}/?p=${post.id}`, { waitUntil: 'networkidle0' });
    const state = await blocked.evaluate(fallbackState);
    const quizLink = (href, text) => state.quiz.links.some((l) => l.href === href && l.text === text && l.shown);
    check(
      'the quiz shows a link to the clinic’s booking page, and claims nothing free',
      state.defined.length === 0 && quizLink(BOOK, 'Book a consultation') && !/free/i.test(state.quiz.text),
      JSON.stringify(state),
    );
    check(
      'the quiz shows the crisis line 9-8-8 (tel:988), the clinic’s own line and 911',
      quizLink('tel:988', '9-8-8') && quizLink(CRISIS.tel, CRISIS.call) && quizLink('tel:911', '911') && /call or text 9-8-8/.test(state.quiz.text),
      JSON.stringify(state.quiz),
    );
    check(
      'each booking button shows its booking link',
      JSON.stringify(state.ctas) === JSON.stringify([[{ href: BOOK, text: 'Book a consultation', shown: true }], [{ href: BOOK, text: 'Book with us', shown: true }]]),
      JSON.stringify(state.ctas),
    );
    check('the stylesheet keeps the quiz’s space while the script has not loaded', state.stylesheets.length === 1 && state.quiz.minHeight > 150, JSON.stringify(state));
  }
  console.log('A French post (lang="fr"), the kit\'s script blocked');
  await blocked.goto(`${site}/?p=${frenchPost.id}`, { waitUntil: 'networkidle0' });
  const french = await blocked.evaluate(fallbackState);
  check(
    'the quiz’s sentence and the booking button are in French',
    french.quiz.links.some((l) => l.href === BOOK && l.text === 'Réservez une consultation' && l.shown) &&
      /appelez ou textez le 9-8-8/.test(french.quiz.text) &&
      /composez le 911/.test(french.quiz.text) &&
      JSON.stringify(french.ctas) === JSON.stringify([[{ href: BOOK, text: 'Réserver une consultation', shown: true }]]),
    JSON.stringify(french),
  );
  await blocked.close();

  console.log('Escaping (PHP unit test, with WordPress’s own esc_url and esc_attr)');
  const unit = await (await fetch(`${site}/clinic-tests/escaping-test.php`)).text();
  for (const line of unit.trim().split('\n')) if (/^not ok|FAILED/.test(line)) console.log(`      ${line}`);
  check(`escaping-test.php: ${unit.trim().split('\n').pop()}`, /^passed \d+$/m.test(unit), unit.slice(0, 600));
  await visitor.close();
  await admin.close();
}

/**
 * A tab with patient timeouts: PHP-WASM on a shared 2-core machine can take seconds a request.
 * An admin's tab loads only documents and requests (the forms used here work without scripts
 * or styles), so each admin page is one request; a visitor's tab loads everything.
 */
async function newPage(context, { bare = false } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(120_000);
  if (bare) {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      ['document', 'fetch', 'xhr'].includes(request.resourceType()) ? request.continue() : request.abort(),
    );
  }
  return page;
}

function details(summary, answer) {
  return `<!-- wp:details {"summary":"${summary}"} -->\n<details class="wp-block-details"><summary>${summary}</summary><!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->\n<p>${answer}</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->`;
}

/** Logs in with wp-login.php's form, landing on the REST nonce (a light page) rather than the dashboard. */
async function logIn(page, user, password) {
  await page.goto(`${site}/wp-login.php?redirect_to=${encodeURIComponent(`${site}/wp-admin/admin-ajax.php?action=rest-nonce`)}`);
  await page.waitForSelector('#user_login');
  await page.$eval('#user_login', (i, v) => (i.value = v), user);
  await page.$eval('#user_pass', (i, v) => (i.value = v), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  const nonce = await page.$eval('body', (b) => b.innerText.trim());
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`${user} could not log in: ${page.url()} ${nonce.slice(0, 200)}`);
}

/** A REST request as the logged-in user (cookie and nonce), with `?rest_route=` (any permalinks). */
async function rest(page, method, route, body) {
  if (!nonces.has(page)) nonces.set(page, await page.evaluate(async (site) => (await fetch(`${site}/wp-admin/admin-ajax.php?action=rest-nonce`)).text(), site));
  const { status, json } = await page.evaluate(
    async (site, method, route, body, nonce) => {
      const [path, query] = route.split('?');
      const url = `${site}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`;
      const response = await fetch(url, { method, headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    },
    site,
    method,
    route,
    body,
    nonces.get(page),
  );
  if (status >= 300) throw new Error(`${method} ${route}: ${status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

/** In the page: the module scripts, defaults, elements and what each shows. */
function pageState() {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const tags = ['therapy-coaching-quiz', 'faq-accordion', 'booking-cta'];
  const elements = [...document.querySelectorAll(tags.join())];
  const faq = document.querySelector('faq-accordion');
  const ctas = [...document.querySelectorAll('booking-cta')];
  return {
    modules: [...document.querySelectorAll('script[type=module]')].map((s) => s.src).filter((src) => src.includes('clinic-widgets')),
    defaults: [...document.querySelectorAll('script[data-clinic-widgets]')].map((s) => s.textContent),
    upgraded: tags.filter((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount),
    bookingLinks: ctas.map((el) => el.shadowRoot?.querySelector('a')).map((a) => ({ href: a?.href, text: text(a) })),
    questions: faq ? [...faq.shadowRoot.querySelectorAll('button[aria-expanded]')].map(text).filter((q) => q && !/expand|collapse/i.test(q)) : [],
    faqChildren: faq ? [...faq.children].map((c) => c.localName) : [],
    stylesheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href).filter((href) => href.includes('clinic-widgets')),
    // The plugin's plain links inside the quiz and each booking button: how many, and how many show.
    fallback: [...document.querySelectorAll('therapy-coaching-quiz, booking-cta')].map((el) => {
      const links = [...el.querySelectorAll('a')];
      const shown = links.filter((a) => a.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && [...a.getClientRects()].some((r) => r.width > 0 && r.height > 0));
      return { tag: el.localName, links: links.length, shown: shown.length };
    }),
    overflow: elements.filter((el) => el.getBoundingClientRect().right > innerWidth + 1 || el.scrollWidth > el.clientWidth + 1).map((el) => el.localName),
    // What each element is (its attributes) and shows (its text), to compare two posts.
    elements: elements.map((el) => [el.localName, [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '), text(el.shadowRoot)]),
  };
}

/**
 * In the page, with the kit's script blocked: what the quiz and each booking button show (their
 * links: where to, the text, whether a visitor sees and can tap it) and the space kept.
 */
function fallbackState() {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shown = (a) => {
    if (!a.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    a.scrollIntoView({ block: 'center' });
    const box = [...a.getClientRects()].find((r) => r.width > 0 && r.height > 0);
    // A tap at its middle reaches it: nothing covers it.
    return Boolean(box) && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('a') === a;
  };
  const link = (a) => ({ href: a.href, text: text(a), shown: shown(a) });
  const quiz = document.querySelector('therapy-coaching-quiz');
  return {
    defined: ['therapy-coaching-quiz', 'faq-accordion', 'booking-cta'].filter((tag) => customElements.get(tag)),
    stylesheets: [...document.styleSheets].map((s) => s.href ?? '').filter((href) => href.includes('clinic-widgets.css')),
    quiz: { text: text(quiz), links: quiz ? [...quiz.querySelectorAll('a')].map(link) : [], minHeight: quiz ? parseFloat(getComputedStyle(quiz).minHeight) || 0 : 0 },
    ctas: [...document.querySelectorAll('booking-cta')].map((cta) => [...cta.querySelectorAll('a')].map(link)),
  };
}

/**
 * Takes the quiz as a visitor: Start, then on each question the first answer that is not the
 * crisis one ("No" on a safety question), then the form's submit button, until a result.
 * Reads the screen's roles and text, not the quiz's internals, so a rewrite keeps it working.
 */
async function takeQuiz(page) {
  const crisis = /not safe|harm|hurt|suicid|kill|crisis|danger|end (my|your) life|pas en sécurité|faire du mal/i;
  let answered = false;
  for (let step = 0; step < 30; step++) {
    const screen = await page.evaluate(() => {
      const root = document.querySelector('therapy-coaching-quiz').shadowRoot;
      const links = [...root.querySelectorAll('booking-cta')].flatMap((cta) => [...cta.shadowRoot.querySelectorAll('a')].map((a) => a.href));
      const radios = [...root.querySelectorAll('input[type=radio]')];
      return {
        heading: (root.querySelector('h2, legend')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        answers: radios.map((r) => (r.labels?.[0]?.textContent ?? r.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim()),
        links,
      };
    });
    if (screen.links.length) return screen;
    // Past the questions with no link to follow: a result without one (or the crisis screen).
    if (answered && !screen.answers.length) return screen;
    if (screen.answers.length) {
      answered = true;
      const safety = crisis.test(screen.heading) && screen.answers.some((a) => /^(no|non)\b/i.test(a));
      const index = safety ? screen.answers.findIndex((a) => /^(no|non)\b/i.test(a)) : screen.answers.findIndex((a) => !crisis.test(a));
      const radios = await page.$$('therapy-coaching-quiz >>> input[type=radio]');
      await radios[index].click();
      const submit = await page.$('therapy-coaching-quiz >>> form button:not([type=button])');
      await submit.click();
    } else {
      const start = await page.$('therapy-coaching-quiz >>> button');
      if (!start) return screen;
      await start.click();
    }
    await page.waitForFunction((h) => {
      const root = document.querySelector('therapy-coaching-quiz').shadowRoot;
      return (root.querySelector('h2, legend')?.textContent ?? '').replace(/\s+/g, ' ').trim() !== h;
    }, { timeout: 5000 }, screen.heading).catch(() => {});
  }
  return { links: [], stuck: 'no result after 30 screens' };
}

/** The href of the booking button that follows the quiz (`for="quiz"`). */
function followerHref(page) {
  return page.evaluate(() => document.querySelector('booking-cta[for=quiz]')?.shadowRoot.querySelector('a')?.href);
}
