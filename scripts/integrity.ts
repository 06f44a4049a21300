import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The Subresource Integrity value of some bytes: `sha384-` and the base64 digest. */
export const sri = (bytes: Buffer): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * After the build has written the module: copies the pre-upgrade stylesheet beside it
 * (docs/snippets/reserve-space.css as `clinic-widgets.css`), then writes `integrity.json` with
 * the version and the sha384 SRI hash of both files, as written to disk, so the docs, the
 * embed-code builder and the release zip take the hash from the build, never from a hand.
 */
export function integrity(version: string, root: URL): Plugin {
  return {
    name: 'integrity',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      copyFileSync(new URL('docs/snippets/reserve-space.css', root), join(dir, 'clinic-widgets.css'));
      const files = ['clinic-widgets.js', 'clinic-widgets.css'];
      const hashes = Object.fromEntries(files.map((file) => [file, sri(readFileSync(join(dir, file)))]));
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify({ version, integrity: hashes }, null, 2)}\n`);
    },
  };
}
