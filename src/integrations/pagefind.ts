/** Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outputDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only event, actor and place pages hold indexed content; skipping the list pages halves the
        // HTML Pagefind has to read.
        const added = await index.addDirectory({ path: outputDir, glob: '{events,actors,places}/*/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outputDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
        await close();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${added.page_count} pages in ${seconds} s`);
        // A machine-readable line for the benchmark script.
        console.log(`[pagefind-timing] ${seconds}`);
      },
    },
  };
}
