import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebaseHeadersFile } from '../../src/lib/hosting-headers';

const headersFile = readFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), 'utf8');

describe('rebaseHeadersFile', () => {
  it('leaves the file as it is for a site at the root', () => {
    expect(rebaseHeadersFile(headersFile, '/')).toBe(headersFile);
  });

  it('moves every path pattern under the base path and keeps the headers and comments', () => {
    const rebased = rebaseHeadersFile(headersFile, '/tl/');
    expect(rebased).toContain('\n/tl/*\n  Content-Security-Policy:');
    expect(rebased).toContain('\n/tl/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(rebased).toContain('\n/tl/pagefind/*\n');
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
