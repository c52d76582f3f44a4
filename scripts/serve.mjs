// Serves a built site (`dist/`) under its base path, as a static host would: directories answer
// with their index.html, unknown paths with 404.html and status 404. Used by `npm start` and the
// browser tests; `astro preview` would need the Astro config and a second Vite server.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Rules of a `_headers` file (Netlify and Cloudflare syntax: a path pattern, then indented
 * `Name: value` lines), so that local serving enforces the same Content-Security-Policy.
 * @param {string} text
 * @returns {{ pattern: string; headers: [string, string][] }[]}
 */
export function parseHeaderRules(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length > 0) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * Headers of every rule whose pattern matches, as Cloudflare Pages sends them: a header named by
 * several matching rules gets their values joined with commas (for a Content-Security-Policy,
 * browsers then enforce each policy). `combine: 'last'` gives Netlify's way instead, where the
 * last matching rule's value wins; tests check the file under both.
 * @param {ReturnType<typeof parseHeaderRules>} rules
 * @param {string} pathname
 * @param {{ combine?: 'join' | 'last' }} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname, { combine = 'join' } = {}) {
  const headers = {};
  for (const { pattern, headers: ruleHeaders } of rules) {
    const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (!matches) continue;
    for (const [name, value] of ruleHeaders) {
      headers[name] = combine === 'join' && headers[name] !== undefined ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}

/** Path of the file a request maps to, or undefined when it lies outside the base or the root. */
async function resolveFile(root, base, pathname) {
  if (!pathname.startsWith(base)) return undefined;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ root: string; base?: string; port?: number; host?: string }} options
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export async function serveStatic({ root, base = '/', port = 4321, host = '127.0.0.1' }) {
  const absoluteRoot = path.resolve(root);
  const normalisedBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headerRules = parseHeaderRules(await readFile(path.join(absoluteRoot, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    // Like static hosts, send `/base` and `/base/events/x` to their trailing-slash form.
    if (`${pathname}/` === normalisedBase || (!path.extname(pathname) && !pathname.endsWith('/'))) {
      const target = await resolveFile(absoluteRoot, normalisedBase, `${pathname}/`);
      if (target) {
        response.writeHead(301, { Location: `${pathname}/${search}` });
        response.end();
        return;
      }
    }
    const file = await resolveFile(absoluteRoot, normalisedBase, pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(absoluteRoot, '404.html');
    const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
    response.writeHead(status, { ...headersFor(headerRules, pathname), 'Content-Type': type });
    if (request.method === 'HEAD') response.end();
    else
      createReadStream(body)
        .on('error', () => response.end())
        .pipe(response);
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${normalisedBase}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const base = process.env.BASE_PATH ?? '/';
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? 'localhost';
  const { url } = await serveStatic({ root, base, port, host });
  console.log(`Serving ${root} at ${url} (Ctrl+C to stop)`);
}
