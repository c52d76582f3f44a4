/** What a build produced: page count, total size, the largest page, and what the first page costs a reader. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {object} DistStats
 * @property {number} pages HTML files
 * @property {number} bytes every file, search index included
 * @property {{ path: string, bytes: number }} largestHtml path relative to dist
 * @property {number} firstPageBytes index.html plus the CSS and JS it loads, Pagefind's files excluded
 */

/**
 * @param {string} dist
 * @param {string} origin the site's origin, to tell its own absolute URLs from other sites'
 * @returns {DistStats}
 */
export function measureDist(dist, origin) {
  let pages = 0;
  let bytes = 0;
  let largestHtml = { path: '', bytes: 0 };
  for (const file of listFiles(dist)) {
    const size = statSync(file).size;
    bytes += size;
    if (!file.endsWith('.html')) continue;
    pages += 1;
    if (size > largestHtml.bytes) largestHtml = { path: path.relative(dist, file), bytes: size };
  }
  return { pages, bytes, largestHtml, firstPageBytes: firstPageBytes(dist, origin) };
}

/** @param {string} dir */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Bytes a reader downloads before the timeline is usable: the HTML, its stylesheets and scripts,
 * and the modules those scripts import statically. Pagefind loads only once someone searches,
 * and dynamic imports load on demand, so neither counts.
 * @param {string} dist
 * @param {string} origin
 */
function firstPageBytes(dist, origin) {
  const page = path.join(dist, 'index.html');
  const html = readFileSync(page, 'utf8');
  const seen = new Set([page]);
  const queue = referencedAssets(html).flatMap((href) => localFile(dist, origin, '/', href));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      const urlPath = `/${path.relative(dist, file).split(path.sep).join('/')}`;
      queue.push(
        ...staticImports(readFileSync(file, 'utf8')).flatMap((href) => localFile(dist, origin, urlPath, href)),
      );
    }
  }
  return [...seen].reduce((sum, file) => sum + statSync(file).size, 0);
}

/** `<link rel="stylesheet" href>` and `<script src>` of a page. */
function referencedAssets(html) {
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .map((tag) => attribute(tag, 'href'));
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => attribute(tag, 'src'));
  return [...stylesheets, ...scripts].filter((href) => href !== undefined);
}

function attribute(tag, name) {
  return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);
}

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"` in (minified) JavaScript. */
function staticImports(code) {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    ([, specifier]) => specifier,
  );
}

/**
 * The file in `dist` that a URL in a page or module at `fromPath` points to; none for other
 * origins, bare package names, Pagefind's files and files that do not exist.
 * @returns {string[]}
 */
function localFile(dist, origin, fromPath, href) {
  if (!/^(?:\/|\.{1,2}\/|https?:)/.test(href)) return [];
  const url = new URL(href, `${origin}${fromPath}`);
  if (url.origin !== origin) return [];
  if (url.pathname.split('/').includes('pagefind')) return [];
  const file = path.join(dist, decodeURIComponent(url.pathname));
  return existsSync(file) && statSync(file).isFile() ? [file] : [];
}
