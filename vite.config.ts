import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the text of Lit's css`` and html`` templates in our sources (Vite minifies the
 * JavaScript, not the strings): CSS loses comments and spaces; HTML's whitespace runs
 * with a line break become one space, which renders the same.
 */
function minifyLitTemplates(): Plugin {
  const minCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  const minHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code
        .replace(/\bcss`([^`]*)`/g, (_m, body: string) => `css\`${minCss(body)}\``)
        .replace(/\bhtml`([^`]*)`/g, (_m, body: string) => `html\`${minHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [minifyLitTemplates()],
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2021',
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
