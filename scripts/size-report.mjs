// Where the bytes go: builds the module in memory once whole and once without each element
// (replaced by an empty class) and prints each element's brotli share. A developer tool;
// `npm run size` is the budget check.
import { build } from 'vite';
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
  const out = await build({ logLevel: 'silent', plugins: [stub], build: { write: false, sourcemap: false } });
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
