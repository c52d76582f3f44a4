import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules } from '../../scripts/serve.mjs';
import { addFramingRules, rebaseHeadersFile } from '../../src/lib/hosting-headers';

const headersFile = readFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
/** The root of a built site as the build sees it (Pagefind's folder comes later). */
const TOP_LEVEL = ['404.html', '_astro', '_headers', 'actors', 'corrections', 'corrections.xml', 'embed', 'events']
  .concat(['events.json', 'favicon.svg', 'index.html', 'places', 'rss.xml', 'search', 'sitemap-index.xml', 'tags'])
  .concat(['timeline']);
const PATHS = [
  '/',
  '/index.html',
  '/events/x/',
  '/actors/a/',
  '/corrections/',
  '/rss.xml',
  '/search/',
  '/404.html',
].concat(['/pagefind/pagefind.js', '/_astro/x.js', '/timeline/2022/', '/tags/t/']);
const EMBEDS = ['/embed/', '/embed/actors/a/', '/embed/places/p/', '/embed/tags/t/'];

/** The frame-ancestors sources a browser would enforce, one list per policy sent. */
function frameAncestors(policy: string | undefined): string[] {
  return (policy ?? '').split(',').flatMap((one) => /frame-ancestors ([^;]+)/.exec(one)?.[1]?.trim() ?? []);
}

describe('rebaseHeadersFile', () => {
  it('leaves the file as it is for a site at the root', () => {
    expect(rebaseHeadersFile(headersFile, '/')).toBe(headersFile);
  });

  it('moves every path pattern under the base path and keeps the headers and comments', () => {
    const rebased = rebaseHeadersFile(addFramingRules(headersFile, TOP_LEVEL), '/tl/');
    expect(rebased).toContain('\n/tl/*\n  Content-Security-Policy:');
    expect(rebased).toContain('\n/tl/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(rebased).toContain('\n/tl/pagefind/*\n');
    expect(rebased).toContain('\n/tl/embed/*\n');
    expect(rebased).toContain('# File names under /_astro/ change');
    expect(rebased.split('\n').filter((line) => /^\/(?!tl\/)/.test(line))).toEqual([]);
  });
});

describe('public/_headers', () => {
  it('allows no inline script and lets Pagefind run WebAssembly', () => {
    const policy = /Content-Security-Policy: (.*)/.exec(headersFile)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe.each(['join', 'last'] as const)('framing, with matching rules combined as %s', (combine) => {
  // `join` is Cloudflare Pages (and scripts/serve.mjs): every matching rule's value, comma-joined.
  // `last` is Netlify: one value per header.
  const rules = parseHeaderRules(addFramingRules(headersFile, TOP_LEVEL));
  const policyOf = (pathname: string) => headersFor(rules, pathname, { combine })['Content-Security-Policy'];

  it.each(EMBEDS)('any site may frame %s, and its one policy still forbids inline script', (pathname) => {
    expect(frameAncestors(policyOf(pathname))).toEqual(['*']);
    expect(policyOf(pathname)).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it.each(PATHS)('only the site itself may frame %s', (pathname) => {
    expect(frameAncestors(policyOf(pathname))).toEqual(["'self'"]);
    expect(policyOf(pathname)).toContain("default-src 'self'");
  });
});

describe('addFramingRules', () => {
  it('refuses a catch-all policy that already says who may frame, which would apply to the embeds too', () => {
    const framed = headersFile.replace("form-action 'self'", "form-action 'self'; frame-ancestors 'self'");
    expect(() => addFramingRules(framed, TOP_LEVEL)).toThrow(/leave frame-ancestors out of the `\/\*` policy/);
  });
});
