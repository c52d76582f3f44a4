/** Rewrites the `_headers` copied from `public/` for the configured base path once the build is done. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHeadersFile } from '../lib/hosting-headers';
import { createPaths } from '../lib/urls';

export default function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline:hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = createPaths(config.base).home;
      },
      'astro:build:done': async ({ dir }) => {
        const file = path.join(fileURLToPath(dir), '_headers');
        await writeFile(file, rebaseHeadersFile(await readFile(file, 'utf8'), base));
      },
    },
  };
}
