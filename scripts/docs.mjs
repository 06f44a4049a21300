// Writes the generated parts of every page (README.md, CONTRIBUTING.md and docs/*.md) between
// marker comments on lines of their own, `<!-- generated:KEY -->` … `<!-- /generated -->`, so the docs cannot drift
// from the code: the reference tables from custom-elements.json, the embed snippets from
// docs/snippets/, and the CDN snippet with the SRI hashes of the last build (dist/integrity.json).
//   node scripts/docs.mjs          rewrite the pages
//   node scripts/docs.mjs --check  fail if a page is out of date (run by npm test)
// Keys: events, tokens, parts (every element); events:<tag>, tokens:<tag>, parts:<tag> (one
// element); snippet:<file in docs/snippets/>; cdn.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { cdnSnippet } from './cdn.mjs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
/** Orders strings by code unit, the same on every machine and in every locale. */
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// Sorted here too, so that no table depends on the order a file system lists files in.
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName))
  .sort((a, b) => byText(a.tagName, b.tagName));

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_None._';

/** The elements a table covers: all of them, or the one named. */
const only = (tag) => (tag ? elements.filter((el) => el.tagName === tag) : elements);

function eventsTable(tag) {
  const rows = only(tag).flatMap((el) => (el.events ?? []).map((e) => [...(tag ? [] : [code(`<${el.tagName}>`)]), code(e.name), cell(e.description)]));
  return table([...(tag ? [] : ['Element']), 'Event', 'When, and its detail'], rows);
}

/** The fallback each `var(--cw-x, fallback)` in the sources gives: the token's real default. */
function tokenDefaults() {
  const defaults = new Map();
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => byText(a.name, b.name))
      .flatMap((d) => (d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : [new URL(d.name, dir)]));
  for (const file of walk(new URL('src/', root)).filter((f) => f.pathname.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\((--cw-[\w-]+),\s*/g)) {
      let depth = 1;
      let i = match.index + match[0].length;
      const start = i;
      for (; i < text.length && depth; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
      const value = text.slice(start, i - 1).trim().replace(/var\(--_/g, 'var(--cw-'); // the public name a designer sets
      if (!defaults.has(match[1])) defaults.set(match[1], value);
    }
  }
  return defaults;
}

function tokensTable(tag) {
  const defaults = DEFAULTS;
  const seen = new Map();
  for (const el of only(tag)) {
    for (const p of el.cssProperties ?? []) {
      const row = seen.get(p.name) ?? { ...p, uses: [] };
      row.uses.push(tag ? cell(p.description) : `${code(`<${el.tagName}>`)}: ${cell(p.description)}`);
      seen.set(p.name, row);
    }
  }
  const rows = [...seen.values()]
    .sort((a, b) => byText(a.name, b.name))
    .map((p) => [code(p.name), code(p.default ?? defaults.get(p.name) ?? 'inherited'), p.uses.join('<br>')]);
  return table(['Property', 'Default', tag ? 'What it changes' : 'What it changes, element by element'], rows);
}

function partsTable(tag) {
  const rows = only(tag).flatMap((el) =>
    (el.cssParts ?? []).map((p) => [...(tag ? [] : [code(`<${el.tagName}>`)]), code(tag ? `${tag}::part(${p.name})` : `::part(${p.name})`), cell(p.description)]),
  );
  return table([...(tag ? [] : ['Element']), 'Selector', 'What it is'], rows);
}

const DEFAULTS = tokenDefaults();

const generated = {
  events: () => eventsTable(),
  tokens: () => tokensTable(),
  parts: () => partsTable(),
  cdn: () => `\`\`\`html\n${cdnSnippet()}\n\`\`\``,
};
for (const el of elements) {
  generated[`events:${el.tagName}`] = () => eventsTable(el.tagName);
  generated[`tokens:${el.tagName}`] = () => tokensTable(el.tagName);
  generated[`parts:${el.tagName}`] = () => partsTable(el.tagName);
}

const snippetDir = new URL('docs/snippets/', root);
if (existsSync(snippetDir)) {
  for (const file of readdirSync(snippetDir).sort()) {
    const lang = file.split('.').pop();
    generated[`snippet:${file}`] = () => `\`\`\`${lang}\n${readFileSync(new URL(file, snippetDir), 'utf8').trim()}\n\`\`\``;
  }
}

// Each element's guide documents exactly its attributes: every attribute in custom-elements.json
// appears as the first cell of a row in a table headed "Attribute", and every such row names a
// real attribute (or `lang`, which every element reads from the page).
const drift = [];
for (const el of elements) {
  const guide = new URL(`docs/${el.tagName}.md`, root);
  if (!existsSync(guide)) {
    drift.push(`docs/${el.tagName}.md is missing`);
    continue;
  }
  const documented = new Set();
  for (const block of readFileSync(guide, 'utf8').split(/\n(?=\| Attribute )/).slice(1)) {
    for (const row of block.split('\n').slice(2)) {
      if (!row.startsWith('|')) break;
      documented.add(row.match(/^\|\s*`([^`]+)`/)?.[1]);
    }
  }
  const actual = new Set((el.attributes ?? []).map((a) => a.name));
  for (const name of actual) if (!documented.has(name)) drift.push(`<${el.tagName}> ${name}: not in the Attributes table of docs/${el.tagName}.md`);
  for (const name of documented) if (name !== 'lang' && !actual.has(name)) drift.push(`docs/${el.tagName}.md documents "${name}", which <${el.tagName}> does not have`);
}

const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(new URL('docs/', root)).sort().filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].filter(
  (page) => existsSync(new URL(page, root)),
);
const stale = [];
const used = new Set();
for (const page of pages) {
  const file = new URL(page, root);
  const before = readFileSync(file, 'utf8');
  let filled = 0;
  const after = before.replace(/^<!-- generated:([\w:./-]+) -->[\s\S]*?^<!-- \/generated -->/gm, (match, key) => {
    filled++;
    used.add(key);
    if (!generated[key]) {
      drift.push(`${page} names an unknown generated section: ${key}`);
      return match;
    }
    return `<!-- generated:${key} -->\n${generated[key]()}\n<!-- /generated -->`;
  });
  // Every marker was filled (an unclosed or misspelt one would be left as it is).
  const markers = before.match(/^<!-- generated:/gm)?.length ?? 0;
  if (markers !== filled) drift.push(`${page} has ${markers} generated markers but ${filled} were filled (a marker the pattern does not match?)`);
  if (after === before) continue;
  if (process.argv.includes('--check')) stale.push(page);
  else writeFileSync(file, after);
}
// Each element's page carries its own reference tables.
for (const el of elements) {
  for (const kind of ['events', 'parts', 'tokens']) {
    if (!used.has(`${kind}:${el.tagName}`)) drift.push(`docs/${el.tagName}.md lacks its generated ${kind} table (<!-- generated:${kind}:${el.tagName} -->)`);
  }
}
if (drift.length) {
  console.error(drift.join('\n'));
  process.exit(1);
}
if (stale.length) {
  console.error(`Out of date with custom-elements.json, docs/snippets or the build's hashes: ${stale.join(', ')}. Run \`npm run docs\`.`);
  process.exit(1);
}
console.log(
  process.argv.includes('--check')
    ? `The generated parts of ${pages.length} pages match the code.`
    : `Generated parts of ${pages.length} pages written from custom-elements.json, docs/snippets/ and dist/integrity.json.`,
);
