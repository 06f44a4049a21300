import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.js';
import { shortLitErrors } from './scripts/short-lit-errors.js';
import { terserPass } from './scripts/terser-pass.js';
import { integrity } from './scripts/integrity.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [minifyLitTemplates(), shortLitErrors(), terserPass(), integrity(version, new URL('./', import.meta.url))],
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    minify: 'oxc',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'clinic-widgets.js',
    },
    rolldownOptions: {
      // The version stamped on the file (a `/*!` comment: the minifiers keep it).
      output: { minify: true, postBanner: `/*! clinic-widgets ${version} | MIT | https://www.npmjs.com/package/clinic-widgets */` },
    },
  },
  server: { port: 8000, host: '127.0.0.1' },
  preview: { port: 8000, host: '127.0.0.1' },
});
