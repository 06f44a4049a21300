// Writes the README's reference tables from custom-elements.json and its embed snippets
// from docs/snippets/, between marker comments, so the README cannot drift from the code.
//   node scripts/docs.mjs          rewrite README.md
//   node scripts/docs.mjs --check  fail if README.md is out of date (run by npm test)
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readme = new URL('README.md', root);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_None._';

function reference(el) {
  const props = new Map((el.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const attributes = (el.attributes ?? []).map((a) => {
    const prop = a.fieldName ? props.get(a.fieldName) : undefined;
    return [code(a.name), code(a.type?.text ?? prop?.type?.text), code(a.default ?? prop?.default), cell(a.description ?? prop?.description)];
  });
  const methods = (el.members ?? [])
    .filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('_') && m.description)
    .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]);
  const events = (el.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  const slots = (el.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]);
  const parts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const cssProps = (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default ?? DEFAULTS.get(p.name) ?? 'inherited'), cell(p.description)]);
  return [
    `#### \`<${el.tagName}>\` reference`,
    '',
    cell(el.summary ?? el.description?.split('\n\n')[0]),
    '',
    '**Attributes**',
    '',
    table(['Attribute', 'Type', 'Default', 'What it does'], attributes),
    '',
    ...(methods.length ? ['**Methods**', '', table(['Method', 'What it does'], methods), ''] : []),
    '**Events**',
    '',
    table(['Event', 'When, and its detail'], events),
    '',
    ...(slots.length ? ['**Slots**', '', table(['Slot', 'What goes in it'], slots), ''] : []),
    '**CSS parts** (style with `::part(name)`)',
    '',
    table(['Part', 'What it is'], parts),
    '',
    '**CSS custom properties**',
    '',
    table(['Property', 'Default', 'What it changes'], cssProps),
  ].join('\n');
}

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
      const value = text.slice(start, i - 1).trim().replace(/var\(--_[\w-]+\)/g, (v) => v);
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
for (const el of elements) generated[`reference:${el.tagName}`] = () => reference(el);

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

const before = readFileSync(readme, 'utf8');
const unknown = [];
const after = before.replace(/<!-- generated:([\w:./-]+) -->[\s\S]*?<!-- \/generated -->/g, (match, key) => {
  if (!generated[key]) {
    unknown.push(key);
    return match;
  }
  return `<!-- generated:${key} -->\n${generated[key]()}\n<!-- /generated -->`;
});
if (unknown.length) {
  console.error(`README.md names unknown generated sections: ${unknown.join(', ')}`);
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
