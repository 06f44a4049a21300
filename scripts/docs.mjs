// Writes the README's reference tables from custom-elements.json and its embed snippets
// from docs/snippets/, between marker comments, so the README cannot drift from the code.
//   node scripts/docs.mjs          rewrite README.md
//   node scripts/docs.mjs --check  fail if README.md is out of date (run by npm test)
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readme = new URL('README.md', root);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_None._';

function eventsTable() {
  const rows = elements.flatMap((el) => (el.events ?? []).map((e) => [code(`<${el.tagName}>`), code(e.name), cell(e.description)]));
  return table(['Element', 'Event', 'When, and its detail'], rows);
}

/** The fallback each `var(--cw-x, fallback)` in the sources gives: the token's real default. */
function tokenDefaults() {
  const defaults = new Map();
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : [new URL(d.name, dir)]));
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

function tokensTable() {
  const defaults = DEFAULTS;
  const seen = new Map();
  for (const el of elements) {
    for (const p of el.cssProperties ?? []) {
      const row = seen.get(p.name) ?? { ...p, uses: [] };
      row.uses.push(`${code(`<${el.tagName}>`)}: ${cell(p.description)}`);
      seen.set(p.name, row);
    }
  }
  const rows = [...seen.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => [code(p.name), code(p.default ?? defaults.get(p.name) ?? 'inherited'), p.uses.join('<br>')]);
  return table(['Property', 'Default', 'What it changes, element by element'], rows);
}

function partsTable() {
  const rows = elements.flatMap((el) => (el.cssParts ?? []).map((p) => [code(`<${el.tagName}>`), code(`::part(${p.name})`), cell(p.description)]));
  return table(['Element', 'Selector', 'What it is'], rows);
}

const DEFAULTS = tokenDefaults();

const generated = {
  events: eventsTable,
  tokens: tokensTable,
  parts: partsTable,
};

const snippetDir = new URL('docs/snippets/', root);
if (existsSync(snippetDir)) {
  for (const file of readdirSync(snippetDir)) {
    const lang = file.split('.').pop();
    generated[`snippet:${file}`] = () => `\`\`\`${lang}\n${readFileSync(new URL(file, snippetDir), 'utf8').trim()}\n\`\`\``;
  }
}

// Webmaster guides kept beside the code (docs/<element>.md), one heading level deeper.
for (const file of existsSync(new URL('docs/', root)) ? readdirSync(new URL('docs/', root)) : []) {
  if (!file.endsWith('.md')) continue;
  generated[`include:docs/${file}`] = () =>
    readFileSync(new URL(`docs/${file}`, root), 'utf8')
      .trim()
      .replace(/^(#+) /gm, '#$1 ');
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

const before = readFileSync(readme, 'utf8');
const unknown = [];
const filled = new Set();
const after = before.replace(/<!-- generated:([\w:./-]+) -->[\s\S]*?<!-- \/generated -->/g, (match, key) => {
  filled.add(key);
  if (!generated[key]) {
    unknown.push(key);
    return match;
  }
  return `<!-- generated:${key} -->\n${generated[key]()}\n<!-- /generated -->`;
});
// Every marker in the README was filled, and every element's guide is included.
const markers = before.match(/<!-- generated:/g)?.length ?? 0;
if (markers !== filled.size) drift.push(`README.md has ${markers} generated markers but ${filled.size} were filled (a marker the pattern does not match?)`);
for (const el of elements) if (!filled.has(`include:docs/${el.tagName}.md`)) drift.push(`README.md does not include docs/${el.tagName}.md`);
if (unknown.length) drift.push(`README.md names unknown generated sections: ${unknown.join(', ')}`);
if (drift.length) {
  console.error(drift.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('README.md is out of date with custom-elements.json or docs/snippets: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md reference tables and snippets match the code.');
} else {
  writeFileSync(readme, after);
  console.log('README.md updated from custom-elements.json and docs/snippets/.');
}
