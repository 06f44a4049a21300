// The CDN snippet: the npm package's files on jsDelivr, pinned to a version, each with its
// Subresource Integrity hash from the build (dist/integrity.json, written by `npm run build`).
// Used by the docs generator (scripts/docs.mjs) and the release (scripts/release.mjs).
import { readFileSync } from 'node:fs';

export const root = new URL('..', import.meta.url);

/** `{ version, integrity: { 'clinic-widgets.js': 'sha384-…', 'clinic-widgets.css': 'sha384-…' } }` of the last build. */
export function buildInfo() {
  try {
    return JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
  } catch {
    throw new Error('dist/integrity.json is missing: run `npm run build` first.');
  }
}

/** The address of one of the package's files on jsDelivr. */
export const cdnUrl = (version, file) => `https://cdn.jsdelivr.net/npm/clinic-widgets@${version}/dist/${file}`;

/** The two tags that load the kit from jsDelivr, pinned and checked by the browser. */
export function cdnSnippet({ version, integrity } = buildInfo()) {
  const css = 'clinic-widgets.css';
  const js = 'clinic-widgets.js';
  return [
    `<!-- From jsDelivr, pinned to version ${version}: this works once ${version} is published on npm. -->`,
    `<link rel="stylesheet" href="${cdnUrl(version, css)}"`,
    `  integrity="${integrity[css]}" crossorigin="anonymous">`,
    `<script type="module" src="${cdnUrl(version, js)}"`,
    `  integrity="${integrity[js]}" crossorigin="anonymous"></script>`,
  ].join('\n');
}
