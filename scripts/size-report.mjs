// Where the bytes go: builds the module in memory once whole and once without each element
// (replaced by an empty class) and prints each element's brotli share; then, from the built
// dist/clinic-widgets.js and its source map, the minified bytes each source file put in the
// module (each file's bytes compressed on their own, so the column adds up to more than the
// whole). A developer tool; `npm run size` is the budget check.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const TAGS = ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'];
const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function size(without = []) {
  const stub = {
    name: 'stub-elements',
    enforce: 'pre',
    load(id) {
      const tag = TAGS.find((t) => without.includes(t) && id.endsWith(`/src/${t}/${t}.ts`));
      if (!tag) return null;
      const name = tag.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase());
      return `export class ${name} extends HTMLElement {}`;
    },
  };
  const out = await build({ logLevel: 'silent', plugins: [stub], build: { write: false, sourcemap: true } });
  const chunk = [out].flat()[0].output.find((o) => o.type === 'chunk');
  return brotli(chunk.code);
}

const full = await size();
const none = await size(TAGS);
console.log(`whole kit            ${String(full).padStart(6)} B brotli`);
let elements = 0;
for (const tag of TAGS) {
  const alone = (await size(TAGS.filter((t) => t !== tag))) - none;
  const marginal = full - (await size([tag]));
  elements += marginal;
  console.log(`<${tag}>`.padEnd(24) + `adds ${String(marginal).padStart(5)} B to the kit (${alone} B alone)`);
}
console.log(`Lit and shared code     the other ${String(full - elements).padStart(5)} B`);

// Per source file, through the source map of the last `npm run build`.
const code = readFileSync(new URL('../dist/clinic-widgets.js', import.meta.url), 'utf8');
const map = JSON.parse(readFileSync(new URL('../dist/clinic-widgets.js.map', import.meta.url), 'utf8'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (segment) => {
  const out = [];
  let value = 0,
    shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
};
const bySource = {};
let source = 0;
const lines = code.split('\n');
map.mappings.split(';').forEach((line, i) => {
  const segments = line.split(',').filter(Boolean).map(vlq);
  let column = 0;
  segments.forEach((segment, j) => {
    column += segment[0];
    if (segment.length > 1) source += segment[1];
    const end = j + 1 < segments.length ? column + segments[j + 1][0] : lines[i].length;
    const name = map.sources[source].replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
    bySource[name] = (bySource[name] ?? '') + lines[i].slice(column, end);
  });
});
console.log('\nby source file (minified bytes, then brotli of those bytes alone)');
for (const [name, text] of Object.entries(bySource).sort((a, b) => b[1].length - a[1].length))
  console.log(`  ${name.padEnd(60)}${String(text.length).padStart(6)} ${String(brotli(text)).padStart(6)}`);
