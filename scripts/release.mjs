// `npm run release` (after `npm run build`): the archives a webmaster downloads, in release/.
//   release/clinic-widgets-<version>.zip   the module, its stylesheet, INSTALL.html, integrity.txt,
//                                          CHANGELOG.md and LICENSE, in a clinic-widgets-<version>/ folder
// Each archive is one function in ARCHIVES returning its file name and entries; to ship another
// (say, the WordPress plugin), add a function there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildInfo, cdnSnippet, root } from './cdn.mjs';
import { writeZip } from './zip.mjs';

const read = (path) => readFileSync(new URL(path, root));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The snippets INSTALL.html offers: a heading, what to do, the snippet file, and the usual address of the file on that kind of site. */
const INSTALL_SNIPPETS = [
  {
    id: 'plain-html',
    title: 'A plain HTML page',
    how: 'Paste it into the page: the two lines at the top go in the page’s head or at the end of its body, and each element where it should appear.',
    file: 'docs/snippets/plain-html.html',
  },
  {
    id: 'wordpress',
    title: 'WordPress',
    how: 'Easiest: install the plugin, clinic-widgets-wordpress (Plugins › Add New › Upload), and use its blocks. Without it, an Administrator can paste this into a Custom HTML block; WordPress’s media library refuses .js files, so put clinic-widgets.js in your child theme’s folder and use that address.',
    file: 'docs/snippets/wordpress-custom-html.html',
  },
  {
    id: 'squarespace',
    title: 'Squarespace',
    how: 'Add a Code Block (Edit › Add block › Code), keep “HTML”, and paste this. Squarespace serves uploaded files under /s/.',
    file: 'docs/snippets/squarespace-code-block.html',
  },
];

/** The address a snippet loads the module from. */
const scriptSrc = (snippet) => /src="([^"]*clinic-widgets\.js)"/.exec(snippet)?.[1];

function section({ id, title, how, snippet, address = scriptSrc(snippet) }) {
  const field = address
    ? `    <label for="${id}-address">Address of clinic-widgets.js on your site</label>
    <input id="${id}-address" type="text" value="${escapeHtml(address)}" autocomplete="off" spellcheck="false">\n`
    : '';
  return `  <section class="snippet" data-snippet="${id}" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${escapeHtml(title)}</h3>
    <p>${escapeHtml(how)}</p>
${field}    <label for="${id}-code">The snippet</label>
    <textarea id="${id}-code" rows="${Math.min(snippet.split('\n').length + 1, 18)}" readonly spellcheck="false">${escapeHtml(snippet)}</textarea>
    <div class="actions"><button type="button" id="${id}-copy">Copy</button><span class="status" role="status"></span></div>
  </section>
`;
}

/** INSTALL.html for this version: opens from disk with no server (no request, everything inline). */
export function installPage(info = buildInfo()) {
  const sections = INSTALL_SNIPPETS.map((s) => section({ ...s, snippet: read(s.file).toString('utf8').trim() })).join('');
  const cdn = section({
    id: 'cdn',
    title: 'From jsDelivr (any site)',
    how: 'Instead of the two lines that load the files in the snippets above.',
    snippet: cdnSnippet(info),
    address: null,
  });
  return read('scripts/install.template.html')
    .toString('utf8')
    .replace('{{sections}}', sections)
    .replace('{{cdn}}', cdn)
    .replace('{{integrity}}', `<code>${info.integrity['clinic-widgets.js']}</code>`)
    .replaceAll('{{version}}', info.version);
}

/** The webmaster's archive: everything to put the kit on a site by hand. */
function kitArchive() {
  const info = buildInfo();
  const { version } = JSON.parse(read('package.json'));
  if (info.version !== version) throw new Error(`dist/ was built for ${info.version}, package.json says ${version}: run \`npm run build\`.`);
  const folder = `clinic-widgets-${version}`;
  const integrity = Object.entries(info.integrity).map(([file, hash]) => `${hash}  ${file}\n`).join('');
  return {
    name: `${folder}.zip`,
    entries: [
      { name: `${folder}/clinic-widgets.js`, data: read('dist/clinic-widgets.js') },
      { name: `${folder}/clinic-widgets.css`, data: read('dist/clinic-widgets.css') },
      { name: `${folder}/INSTALL.html`, data: installPage(info) },
      { name: `${folder}/integrity.txt`, data: integrity },
      { name: `${folder}/CHANGELOG.md`, data: read('CHANGELOG.md') },
      { name: `${folder}/LICENSE`, data: read('LICENSE') },
    ],
  };
}

export const ARCHIVES = [kitArchive];

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL('release/', root), { recursive: true });
  for (const make of ARCHIVES) {
    const { name, entries } = await make();
    const zip = writeZip(entries);
    writeFileSync(new URL(`release/${name}`, root), zip);
    console.log(`release/${name}: ${entries.length} files, ${(zip.length / 1024).toFixed(1)} KB`);
  }
}
