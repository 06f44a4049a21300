import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * A second minification pass with Terser over the finished module (after Vite's own oxc
 * minifier): it folds what oxc leaves (pure annotations, repeated property reads, some
 * constants) and saves about 200 B brotli. The source map is chained, so it still points
 * at the TypeScript sources (their text included, Lit's marked as ignored).
 */
export function terserPass(): Plugin {
  return {
    name: 'terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapFile = `${chunk.fileName}.map`;
        const out = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          // `pure_getters` and `unsafe` assume property reads have no side effects: never force a
          // layout with a bare read (`void el.offsetHeight`) in src/; call a method instead.
          compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, toplevel: true },
          mangle: { toplevel: true },
          // V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): compile every
          // function while the module streams in, on a background thread, instead of each one
          // on the main thread at its first call. Nearly every function runs on load (the
          // elements' definitions and first renders): this takes about a quarter of the kit's
          // main-thread time on a page off it (see README, Performance). Terser shifts the map.
          format: { preamble: '//# allFunctionsCalledOnLoad' },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: mapFile, includeSources: true } : false,
        });
        chunk.code = out.code as string;
        const asset = bundle[mapFile];
        if (asset?.type === 'asset' && typeof out.map === 'string') {
          // Terser keeps neither the sources' text (only dist/ is published) nor which are Lit's.
          const map = JSON.parse(out.map) as { sources: string[]; ignoreList?: number[] };
          map.ignoreList = map.sources.flatMap((source, i) => (source.includes('/node_modules/') ? [i] : []));
          asset.source = JSON.stringify(map);
        }
      }
    },
  };
}
