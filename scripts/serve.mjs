// A tiny static server for the demo pages (no dependencies): serves the repository root,
// so demo/index.html loads ../dist/clinic-widgets.js with a plain script tag, as a
// webmaster's page would. `--csp` adds a strict Content-Security-Policy header. Text is sent
// brotli-compressed when the browser accepts it (compressed once per file version), and every response carries the ordinary
// caching headers of a static host: `Cache-Control: no-cache` (the browser may keep a copy
// but asks again each time, so an edit shows on the next load) with an ETag and
// Last-Modified, answered `304 Not Modified` when unchanged. Not `no-store`, which would keep
// pages out of the back/forward cache for a reason that is the server's, not the kit's.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || Number(process.env.PORT) || 8000;
const csp = args.includes('--csp');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Brotli bodies, compressed once per file version (as a host serving pre-compressed files would). */
const brotli = new Map();
function compressed(path, mtime, body) {
  const key = `${path} ${mtime.getTime()}`;
  if (!brotli.has(key)) brotli.set(key, brotliCompressSync(body));
  return brotli.get(key);
}

export function serve(listenPort = port, { strictCsp = csp } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const { mtime } = await stat(path);
      let body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      const headers = {
        'content-type': type,
        'cache-control': 'no-cache',
        etag,
        'last-modified': mtime.toUTCString(),
        vary: 'accept-encoding',
      };
      if (strictCsp) headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
      if ((req.headers['if-none-match'] ?? '').split(/,\s*/).includes(etag)) return res.writeHead(304, headers).end();
      if (/^(text|application\/json)|svg/.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = compressed(path, mtime, body);
        headers['content-encoding'] = 'br';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const { port: p } = server.address();
  console.log(`Demo clinic page: http://127.0.0.1:${p}/demo/`);
  console.log(`More: http://127.0.0.1:${p}/demo/fr.html  http://127.0.0.1:${p}/demo/themes.html  http://127.0.0.1:${p}/demo/configurator.html  (Ctrl+C stops)`);
}
