// WordPress's real front-end CSS for the theme fixture (demo/wordpress.html, test/host/wordpress.test.ts):
// `@wordpress/block-library`'s build-style/style.css and theme.css, at a pinned version, fetched
// once with `npm pack` (the package alone, not its large dependency tree) into the gitignored
// .cache/wordpress/. WordPress's CSS is GPL and is never committed here.
//   node scripts/wordpress-css.mjs      fetch it if missing; prints where it is
// The test runner's config and `npm start` call ensureWordPressCss().
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BLOCK_LIBRARY = '@wordpress/block-library@11.1.0';
const root = new URL('..', import.meta.url).pathname;
const cache = `${root}.cache/wordpress/`;
const FILES = ['style.css', 'theme.css'];

/** Makes sure .cache/wordpress/ has the pinned block-library CSS; returns the folder. */
export function ensureWordPressCss() {
  if (FILES.every((name) => existsSync(cache + name))) return cache;
  mkdirSync(cache, { recursive: true });
  console.log(`Fetching WordPress's block CSS (${BLOCK_LIBRARY}, npm pack) into .cache/wordpress/…`);
  const tarball = execFileSync('npm', ['pack', BLOCK_LIBRARY, '--silent', '--pack-destination', cache], { cwd: cache, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', tarball, '--strip-components=2', ...FILES.map((name) => `package/build-style/${name}`)], { cwd: cache });
  rmSync(cache + tarball);
  return cache;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureWordPressCss());
