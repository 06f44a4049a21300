import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * A second minification pass with Terser over the finished module (after Vite's own oxc
 * minifier): it folds what oxc leaves (pure annotations, repeated property reads, some
 * constants) and saves about 200 B brotli. The source map is chained, so it still points
 * at the TypeScript sources.
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
          compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, toplevel: true },
          mangle: { toplevel: true },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: mapFile } : false,
        });
        chunk.code = out.code as string;
        const asset = bundle[mapFile];
        if (asset?.type === 'asset' && typeof out.map === 'string') asset.source = out.map;
      }
    },
  };
}
