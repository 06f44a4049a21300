// Prints raw, gzip and brotli bytes of the built module and fails over the brotli budget
// kept in package.json ("sizeBudget"). Run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { file, brotli: budget } = pkg.sizeBudget;
const path = new URL(`../${file}`, import.meta.url);
if (!existsSync(path)) {
  console.error(`${file} is missing: run npm run build first.`);
  process.exit(1);
}
const bytes = readFileSync(path);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;
const fmt = (n) => n.toLocaleString('en-US').padStart(8);
console.log(`${file}`);
console.log(`  raw    ${fmt(bytes.length)} B`);
console.log(`  gzip   ${fmt(gzip)} B`);
console.log(`  brotli ${fmt(brotli)} B  (budget ${budget.toLocaleString('en-US')} B, ${Math.round((brotli / budget) * 100)}% used)`);
if (brotli > budget) {
  console.error(`Over budget by ${(brotli - budget).toLocaleString('en-US')} B brotli.`);
  process.exit(1);
}
