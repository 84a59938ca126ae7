// Serves the built playground site (build/site, made by `npm run build:web`), cross-origin
// isolated so that the pthreads engine gets SharedArrayBuffer. `node scripts/serve.mjs` (PORT,
// HOST to override); tests import startServer() and listen on a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const SITE = join(ROOT, 'build', 'site');


const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

// The file a URL path names under `dir`, or null when it is outside.
function filePath(dir, urlPath) {
  const file = normalize(join(dir, urlPath));
  return file === dir || file.startsWith(dir + sep) ? file : null;
}

async function handle(req, res, isolate, root) {
  const send = (status, body, type = 'text/plain; charset=utf-8') => {
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    res.writeHead(status, isolate ? { ...ISOLATION_HEADERS, ...headers } : headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    return send(400, 'bad request\n');
  }
  let file = filePath(root, urlPath);
  if (!file) return send(404, 'not found\n');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    return send(200, body, MIME[extname(file)] ?? 'application/octet-stream');
  } catch {
    return send(404, 'not found\n');
  }
}

// Resolves to the listening server; its URL is `http://localhost:${server.address().port}/`.
// `isolate: false` leaves out COOP/COEP, as a plain static host would (tests the fallback);
// `root` serves another directory than the site (the npm package's browser test serves the repo).
export function startServer({ port = 8080, host = '127.0.0.1', isolate = true, root = SITE } = {}) {
  const server = createServer((req, res) => {
    handle(req, res, isolate, resolve(root)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Loopscope: http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
}
