// A tiny static server for the demo pages (no dependencies): serves the repository root,
// so demo/index.html loads ../dist/clinic-widgets.js with a plain script tag, as a
// webmaster's page would. `--csp` adds a strict Content-Security-Policy header. Text is sent
// brotli-compressed when the browser accepts it, as any production host would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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

export function serve(listenPort = port, { strictCsp = csp } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
      if (strictCsp) headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
      if (/^(text|application\/json)|svg/.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = brotliCompressSync(body);
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
