// The npm package as a developer-run clinic site uses it: `npm pack`, the tarball installed in a
// fresh TypeScript + Vite app in a temporary folder, then `tsc` type-checks the app's use of the
// elements (a property, a typed event listener, and two misuses it must reject), `vite build`
// bundles it, and the built app renders the three elements in Chromium.
// The tarball is unpacked into the app's node_modules as npm would install it; TypeScript, Vite
// and Lit (for the package's type declarations) are linked from this repository's node_modules,
// so the test needs no network. Run after `npm run build` (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, renderedText, root, serveFolder } from './support.mjs';

const TAGS = ['therapy-coaching-quiz', 'faq-accordion', 'booking-cta'];
const LINKED = ['typescript', 'vite', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];
const run = (cmd, args, cwd) => {
  const start = Date.now();
  const out = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  console.log(`${[cmd.split('/').pop(), ...args.slice(0, 2)].join(' ')}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return out;
};

const APP = {
  'package.json': JSON.stringify({ name: 'clinic-site', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'index.html': `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Maple Grove Counselling</title></head>
<body>
  <therapy-coaching-quiz booking-url="https://clinic.example/book"></therapy-coaching-quiz>
  <faq-accordion></faq-accordion>
  <booking-cta href="https://clinic.example/book"></booking-cta>
  <p id="booking-url"></p>
  <script type="module" src="/src/main.ts"></script>
</body>
</html>
`,
  'src/main.ts': `import 'clinic-widgets';
import type { QuizCompleteDetail } from 'clinic-widgets';

// Typed from the package's declarations: the tag name gives the element's class.
const quiz = document.querySelector('therapy-coaching-quiz')!;
const url: string | undefined = quiz.bookingUrl;
document.querySelector('#booking-url')!.textContent = url ?? '';

quiz.addEventListener('quiz-complete', (event) => {
  const detail: QuizCompleteDetail = event.detail;
  const where: string | null = detail.bookingUrl;
  console.log(detail.recommendation, where);
});

// Misuses the declarations must reject (tsc fails if either compiles). Never called: type-checked only.
export function misuses(): void {
  // @ts-expect-error bookingUrl is a string
  quiz.bookingUrl = 42;
  quiz.addEventListener('quiz-complete', (event) => {
    // @ts-expect-error the detail has no such field
    console.log(event.detail.answers);
  });
}
`,
};

test('npm pack: installed in a TypeScript + Vite app, it type-checks, bundles and renders', async (t) => {
  assert.ok(existsSync(join(root, 'dist/clinic-widgets.js')), 'run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'clinic-widgets-app-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // The tarball npm would publish (prepack's build has already run: npm test builds first).
  const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  const packed = files.map((f) => f.path);
  for (const needed of ['dist/clinic-widgets.js', 'dist/clinic-widgets.css', 'dist/types/index.d.ts', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    assert.ok(packed.includes(needed), `the package has ${needed}`);
  }
  assert.deepEqual(packed.filter((p) => /^(src|test|scripts|demo|docs|bench)\/|\.test\.|tsconfig|vite\.config/.test(p)), [], 'nothing a user does not need');

  const app = join(dir, 'app');
  for (const [name, text] of Object.entries(APP)) {
    mkdirSync(join(app, name, '..'), { recursive: true });
    writeFileSync(join(app, name), text);
  }
  const installed = join(app, 'node_modules/clinic-widgets');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1'], app);
  for (const name of LINKED) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }

  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  try {
    run(process.execPath, [tsc, '-p', '.'], app);
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  }

  run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  const assets = readdirSync(join(app, 'dist/assets'));
  assert.equal(assets.filter((f) => f.endsWith('.js')).length, 1, `one bundle: ${assets.join(', ')}`);

  const browser = await launch();
  const server = await serveFolder(join(app, 'dist'));
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const page = await browser.newPage();
  const { texts, problems } = await renderedText(page, server.url, TAGS);
  assert.deepEqual(problems, []);
  assert.match(texts['therapy-coaching-quiz'], /9-8-8/);
  assert.match(texts['faq-accordion'], /therapy and coaching/);
  assert.match(texts['booking-cta'], /Book/);
  assert.equal(await page.$eval('#booking-url', (p) => p.textContent), 'https://clinic.example/book', 'the app read the typed property');
});
