import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.js';
import { shortLitErrors } from './scripts/short-lit-errors.js';
import { terserPass } from './scripts/terser-pass.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [minifyLitTemplates(), shortLitErrors(), terserPass()],
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
      output: { minify: true },
    },
  },
  server: { port: 8000, host: '127.0.0.1' },
  preview: { port: 8000, host: '127.0.0.1' },
});
