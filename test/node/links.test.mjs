// Every link in the README, CONTRIBUTING.md, CHANGELOG.md, docs/ and the demo pages resolves:
// a relative link names a file that exists, and a #fragment names a heading of that page (as
// GitHub makes heading anchors) or an id in an HTML page. Web addresses are not fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './support.mjs';

const markdownPages = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const htmlPages = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html')).map((f) => `demo/${f}`);

/** Markdown without its fenced code blocks and inline code (links there are examples, not links). */
const prose = (text) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(text) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, heading] of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, (tag) => (tag.startsWith('<') && /^<\/?[a-z]/.test(tag) ? tag : ''));
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n ? `${slug}-${n}` : slug);
  }
  return anchors;
}

const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

function targetsOf(page, text) {
  if (page.endsWith('.md')) {
    const body = prose(text);
    return [...body.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...body.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  }
  return [...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
}

function problemsIn(page) {
  const text = readFileSync(join(root, page), 'utf8');
  const problems = [];
  for (const target of targetsOf(page, text)) {
    if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(target) || target.startsWith('//')) continue;
    if (target.startsWith('/')) continue; // an address on the webmaster's own site, in an example
    const [path, fragment] = target.split('#');
    const file = path ? join(dirname(join(root, page)), decodeURIComponent(path.split('?')[0])) : join(root, page);
    if (!existsSync(file)) {
      problems.push(`${page}: ${target}: no such file (${relative(root, file)})`);
      continue;
    }
    if (!fragment || statSync(file).isDirectory()) continue;
    const other = readFileSync(file, 'utf8');
    const known = file.endsWith('.md') ? anchorsOf(other) : idsOf(other);
    if (!known.has(decodeURIComponent(fragment))) problems.push(`${page}: ${target}: no #${fragment} in ${relative(root, file)}`);
  }
  return problems;
}

test('every relative link and #anchor in the README, CONTRIBUTING.md, CHANGELOG.md, docs/ and demo/ resolves', () => {
  const pages = [...markdownPages, ...htmlPages].filter((page) => existsSync(join(root, page)));
  const links = pages.reduce((n, page) => n + targetsOf(page, readFileSync(join(root, page), 'utf8')).length, 0);
  assert.ok(links > 60, `only ${links} links found: is the pattern right?`);
  const problems = pages.flatMap(problemsIn);
  assert.deepEqual(problems, []);
});

test('the README links every page in docs/, and stays under 200 lines', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const linked = new Set(targetsOf('README.md', readme).map((t) => t.split('#')[0]));
  // A page is reachable from the README directly or through a page it links.
  const reachable = new Set([...linked].filter((t) => t.startsWith('docs/')));
  for (const page of [...reachable]) {
    for (const t of targetsOf(page, readFileSync(join(root, page), 'utf8'))) {
      const path = t.split('#')[0];
      if (path.endsWith('.md') && !path.includes('/')) reachable.add(`docs/${path}`);
    }
  }
  const unlinked = markdownPages.filter((p) => p.startsWith('docs/') && !reachable.has(p));
  assert.deepEqual(unlinked, [], 'docs pages no one can reach from the README');
  assert.ok(readme.split('\n').length < 200, `README.md has ${readme.split('\n').length} lines`);
});

test('heading anchors as GitHub makes them', () => {
  assert.ok(anchorsOf('## `<booking-cta>`: one booking button\n### Hand-off from the quiz').has('booking-cta-one-booking-button'));
  assert.ok(anchorsOf('### Hand-off from the quiz').has('hand-off-from-the-quiz'));
  assert.ok(anchorsOf('## Text looks small?').has('text-looks-small'));
});
