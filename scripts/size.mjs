// Prints raw, gzip and brotli bytes of the built module against the budget kept in
// package.json ("sizeBudget"): `brotli` is the target (15,000 B for the whole kit with its
// English and French content), `ceiling` the hard limit that fails the run. While the kit is
// over its target it says so, with the figure, on every run. Run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { file, brotli: budget, ceiling = budget } = pkg.sizeBudget;
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
if (brotli > ceiling) {
  console.error(`Over the ${ceiling.toLocaleString('en-US')} B ceiling by ${(brotli - ceiling).toLocaleString('en-US')} B brotli.`);
  process.exit(1);
}
if (brotli > budget) {
  console.warn(
    `OVER TARGET: ${(brotli - budget).toLocaleString('en-US')} B brotli above the ${budget.toLocaleString('en-US')} B budget ` +
      `(the run fails above the ${ceiling.toLocaleString('en-US')} B ceiling). See CHANGELOG.md, "Size history".`,
  );
}
