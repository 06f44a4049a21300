import { readFileSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig } from 'vite';
import { integrity } from './scripts/integrity.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
    // Minifies the text of our html`` and css`` templates (JavaScript minifiers leave strings
    // alone). `conservativeCollapse` keeps one space where the source had whitespace: each
    // template is minified on its own, so without it a nested template's leading space
    // (html` <span class="visually-hidden">…`) would be dropped and two words run together.
    {
      ...literalsHtmlCssMinifier({
        include: ['**/src/**/*.ts'],
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } }, // added to the package's defaults
      }),
      apply: 'build',
    },
    integrity(version, new URL('./', import.meta.url)),
  ],
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    // Vite's own minifier. In library mode Vite keeps the ES module's whitespace;
    // `output.minify: true` below removes it too.
    minify: 'oxc',
    // The map carries the sources' text (src/ is not published) and lists Lit's files in
    // `ignoreList` (Rolldown's default for node_modules), so devtools step over them.
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'clinic-widgets.js',
    },
    rolldownOptions: {
      // `postBanner` goes on the finished, minified file: first V8's explicit compile hint
      // (Chrome 136+; a plain comment elsewhere): compile every function while the module
      // streams in, on a background thread, instead of each on the main thread at its first
      // call (nearly every function runs on load; see docs/performance.md); then the version.
      output: {
        minify: true,
        postBanner: `//# allFunctionsCalledOnLoad\n/*! clinic-widgets ${version} | MIT | https://www.npmjs.com/package/clinic-widgets */`,
      },
    },
  },
  server: { port: 8000, host: '127.0.0.1' },
  preview: { port: 8000, host: '127.0.0.1' },
});
