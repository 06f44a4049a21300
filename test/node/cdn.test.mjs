// The CDN snippet in the docs pins this version and carries the sha384 of the files the build
// wrote (never typed by hand: `npm run docs` copies it from dist/integrity.json). Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './support.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join(root, 'dist', file))).digest('base64')}`;

for (const page of ['README.md', 'docs/plain-html.md']) {
  test(`${page}: the jsDelivr snippet pins ${version} and its integrity matches the built files`, () => {
    const text = readFileSync(join(root, page), 'utf8');
    const tags = [...text.matchAll(/(?:src|href)="https:\/\/cdn\.jsdelivr\.net\/npm\/clinic-widgets@([^/]+)\/dist\/([\w.-]+)"\s+integrity="([^"]+)" crossorigin="anonymous"/g)];
    assert.deepEqual(tags.map((m) => m[2]).sort(), ['clinic-widgets.css', 'clinic-widgets.js']);
    for (const [, pinned, file, integrity] of tags) {
      assert.equal(pinned, version);
      assert.equal(integrity, sri(file), `${file}: run \`npm run docs\` after a change to the build`);
    }
  });
}
