/** Writes `dist/_headers` for the configured base path once the build is done. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, hostingHeaderRules } from '../lib/hosting-headers';
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
        await writeFile(path.join(fileURLToPath(dir), '_headers'), formatHeadersFile(hostingHeaderRules(base)));
      },
    },
  };
}
