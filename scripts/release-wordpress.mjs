#!/usr/bin/env node
// Writes release/clinic-widgets-wordpress-<version>.zip: the WordPress plugin in wordpress/, with
// the kit's built dist/clinic-widgets.js in its assets/ and package.json's version stamped into
// its header, constant and readme, in one clinic-widgets/ folder (as Plugins › Add New › Upload
// expects). Run after `npm run build`. Prints the zip's path and size.
//
//   node scripts/release-wordpress.mjs [--out <dir>]
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'release');
const kit = join(root, 'dist', 'clinic-widgets.js');
const plugin = join(root, 'wordpress');

if (!existsSync(kit)) {
  console.error('release-wordpress: dist/clinic-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
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

/** A zip archive (deflated entries, folders implied by the paths), as WordPress's unzip reads it. */
function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  // 2026-01-01 00:00 in MS-DOS time: the same bytes on every build.
  const time = 0;
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, data] of files) {
    const path = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data) >>> 0;
    // The fields a local header and its central directory entry share, from `at`.
    const shared = (buffer, at) => {
      buffer.writeUInt16LE(20, at); // version needed: 2.0
      buffer.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      buffer.writeUInt16LE(8, at + 4); // deflate
      buffer.writeUInt16LE(time, at + 6);
      buffer.writeUInt16LE(date, at + 8);
      buffer.writeUInt32LE(crc, at + 10);
      buffer.writeUInt32LE(packed.length, at + 14);
      buffer.writeUInt32LE(data.length, at + 18);
      buffer.writeUInt16LE(path.length, at + 22);
      return buffer;
    };
    const head = shared(Buffer.alloc(30), 4);
    head.writeUInt32LE(0x04034b50, 0);
    const entry = shared(Buffer.alloc(46), 6);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by Unix, zip 3.0
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    entry.writeUInt32LE(offset, 42);
    local.push(head, path, packed);
    central.push(entry, path);
    offset += head.length + path.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const archive = zip(pluginFiles());
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `clinic-widgets-wordpress-${version}.zip`);
writeFileSync(out, archive);
console.log(`${relative(root, out) || out}: ${archive.length.toLocaleString('en')} B (WordPress plugin ${version})`);
