/**
 * Tells `scripts/build.mjs` where `astro build` wrote the site, so that Pagefind indexes exactly
 * that folder however it was chosen (`--outDir`, `--root`, the config file).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The variable `scripts/build.mjs` sets to the file that should receive the folder's path. */
const OUTPUT_FOLDER_FILE_VARIABLE = 'TIMELINE_OUTPUT_FOLDER_FILE';

export default function buildOutputFolder(): AstroIntegration {
  return {
    name: 'timeline:build-output-folder',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = process.env[OUTPUT_FOLDER_FILE_VARIABLE];
        if (file) await writeFile(file, fileURLToPath(dir));
      },
    },
  };
}
