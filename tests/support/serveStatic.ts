import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync } from 'node:zlib';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Reply = { status: number; type: string; body: Buffer | string };

const TEXT = 'text/plain; charset=utf-8';
const text = (status: number, body: string): Reply => ({ status, type: TEXT, body });

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': TEXT,
  '.ico': 'image/x-icon',
};

// Errors carrying an HTTP status are answered with it; anything else is a 500.
function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status });
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

// Decoded by hand rather than via URL() so `..` and `%2e%2e` reach the containment check.
function decodePathname(rawUrl: string): string {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw httpError(400, 'Bad request: malformed URL encoding');
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) throw httpError(400, 'Bad request');
  return decoded;
}

async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const base = resolve(root, `.${pathname}`);
  if (!isInside(root, base)) throw httpError(403, 'Forbidden: path escapes the site root');
  const candidates = pathname.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, join(base, 'index.html'), `${base}.html`];
  for (const candidate of candidates) {
    if (isInside(root, candidate) && (await isFile(candidate))) return candidate;
  }
  return undefined;
}

async function fileReply(status: number, file: string): Promise<Reply> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { status, type, body: await readFile(file) };
}

async function reply(root: string, method: string, rawUrl: string): Promise<Reply> {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'GET or HEAD only');
  const file = await findFile(root, decodePathname(rawUrl));
  if (file) return fileReply(200, file);
  const notFoundPage = join(root, '404.html');
  if (await isFile(notFoundPage)) return fileReply(404, notFoundPage);
  return text(404, 'Not found');
}

function errorReply(error: unknown): Reply {
  const status = error instanceof Error && 'status' in error ? Number(error.status) : 500;
  return text(status, error instanceof Error ? error.message : String(error));
}

// Text is sent brotli-compressed when the client accepts it, as any static host or CDN would.
// Each content is compressed once (keyed by its hash, so a rebuilt file is compressed anew): a host
// serves its files precompressed, and compressing a 400 KB page at brotli's default quality 11 takes
// 0.5–1.5 s on a busy 2-core machine, which Lighthouse would read as the server's time to first byte.
const compressed = new Map<string, Buffer>();
function brotliOnce(raw: Buffer): Buffer {
  const key = createHash('sha256').update(raw).digest('base64');
  const payload = compressed.get(key) ?? brotliCompressSync(raw);
  compressed.set(key, payload);
  return payload;
}

const compressible = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/**
 * The Cache-Control rules of the site's _headers file (src/lib/site/headers.ts), as a static host
 * reading it sends them: a load measured or tested here then caches what a reader's browser would
 * (a hashed file fetched twice in one page is fetched once). Patterns are paths, or prefixes ending
 * in `*`. The file's other headers are the build tests' concern.
 */
async function cacheRules(root: string): Promise<Array<{ pattern: string; value: string }>> {
  const file = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules: Array<{ pattern: string; value: string }> = [];
  let pattern = '';
  for (const line of file.split('\n')) {
    if (/^[^\s#]/.test(line)) pattern = line.trim();
    const header = /^\s+cache-control:\s*(.+)$/i.exec(line);
    if (header && pattern) rules.push({ pattern, value: header[1]!.trim() });
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

function write(
  res: ServerResponse,
  { status, type, body }: Reply,
  withBody: boolean,
  acceptsBrotli = false,
  cacheControl?: string,
): void {
  const raw = Buffer.from(body);
  const compress = acceptsBrotli && compressible.test(type) && raw.length > 512;
  const payload = compress ? brotliOnce(raw) : raw;
  const allow = status === 405 ? { Allow: 'GET, HEAD' } : {};
  const encoding = compress ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {};
  const cache = cacheControl && status === 200 ? { 'Cache-Control': cacheControl } : {};
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': payload.length,
    ...encoding,
    ...allow,
    ...cache,
  });
  res.end(withBody ? payload : undefined);
}

export async function serveStatic(root: string, opts?: { port?: number }): Promise<StaticServer> {
  const rootDir = resolve(root);
  if (!(await stat(rootDir).catch(() => undefined))?.isDirectory()) {
    throw new Error(`serveStatic: ${rootDir} is not a directory (has the site been built?)`);
  }
  const rules = await cacheRules(rootDir);
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const cacheControl = rules.find((rule) => matches(rule.pattern, path))?.value;
    void reply(rootDir, method, req.url ?? '/')
      .catch(errorReply)
      .then((answer) =>
        write(
          res,
          answer,
          method !== 'HEAD',
          /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')),
          cacheControl,
        ),
      );
  });
  server.listen(opts?.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise((done, fail) => {
      server.close((error) => (error ? fail(error) : done()));
      // Browsers keep sockets alive; without this close() would wait for them to time out.
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, port, close };
}
