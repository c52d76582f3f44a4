/**
 * Completes the `_headers` copied from `public/` once the build is done: who may frame each
 * top-level path, then every pattern moved under the configured base path.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addFramingRules, rebaseHeadersFile } from '../lib/hosting-headers';
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
        const folder = fileURLToPath(dir);
        const file = path.join(folder, '_headers');
        const framed = addFramingRules(await readFile(file, 'utf8'), await readdir(folder));
        await writeFile(file, rebaseHeadersFile(framed, base));
      },
    },
  };
}
