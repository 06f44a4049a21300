#!/usr/bin/env node
// Writes release/clinic-widgets-wordpress-<version>.zip: the WordPress plugin in wordpress/, with
// the kit's built dist/clinic-widgets.js and dist/clinic-widgets.css (the reserve-space
// stylesheet) in its assets/ and package.json's version stamped into
// its header, constant and readme, in one clinic-widgets/ folder (as Plugins › Add New › Upload
// expects). Run after `npm run build`. Prints the zip's path and size.
//
//   node scripts/release-wordpress.mjs [--out <dir>]
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'release');
const kit = join(root, 'dist', 'clinic-widgets.js');
const css = join(root, 'dist', 'clinic-widgets.css');
const plugin = join(root, 'wordpress');

for (const file of [kit, css]) {
  if (!existsSync(file)) {
    console.error(`release-wordpress: ${relative(root, file)} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** The plugin's files (path in the zip → contents), with the kit and the version put in. */
function pluginFiles() {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`clinic-widgets/${relative(plugin, path).split('\\').join('/')}`, readFileSync(path));
    }
  };
  walk(plugin);
  files.set('clinic-widgets/assets/clinic-widgets.js', readFileSync(kit));
  files.set('clinic-widgets/assets/clinic-widgets.css', readFileSync(css));
  const stamp = (file, pairs) => {
    let text = files.get(file).toString('utf8');
    for (const [pattern, replacement] of pairs) {
      if (!pattern.test(text)) throw new Error(`release-wordpress: ${file} has no ${pattern}`);
      text = text.replace(pattern, replacement);
    }
    files.set(file, Buffer.from(text));
  };
  stamp('clinic-widgets/clinic-widgets.php', [
    [/^( \* Version:\s+).*$/m, `$1${version}`],
    [/define\( 'CLINIC_WIDGETS_VERSION', '[^']*' \)/, `define( 'CLINIC_WIDGETS_VERSION', '${version}' )`],
  ]);
  stamp('clinic-widgets/readme.txt', [[/^(Stable tag:\s+).*$/m, `$1${version}`]]);
  return files;
}

// The plugin zip is written like the kit's (scripts/zip.mjs): folders implied by the paths,
// fixed dates, so the same input gives the same bytes.
const archive = writeZip([...pluginFiles()].map(([name, data]) => ({ name, data })));
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `clinic-widgets-wordpress-${version}.zip`);
writeFileSync(out, archive);
console.log(`${relative(root, out) || out}: ${archive.length.toLocaleString('en')} B (WordPress plugin ${version})`);
