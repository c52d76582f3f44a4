// `npm run import -- <file> --publisher "<name>" [--out <folder>]`: a TimelineJS JSON file or
// Sheets CSV into Markdown entries (SPEC "Import"). The logic is TypeScript in src/lib/; Node 20
// cannot run TypeScript, so this bundles it with esbuild (Astro's own dependency, already
// installed) into node_modules/.cache and imports the bundle. Packages stay external.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../..');
const USAGE = 'usage: npm run import -- <file.json|file.csv> --publisher "<name>" [--out <content folder>]';

let request;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { publisher: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('name exactly one file to import');
  if (!values.publisher) throw new Error('--publisher is required (who published the timeline)');
  request = {
    file: path.resolve(positionals[0]),
    publisher: values.publisher,
    outDir: path.resolve(values.out ?? (process.env.CONTENT_DIR || 'content')),
  };
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  process.exit(2);
}

const bundle = path.join(PROJECT, 'node_modules/.cache/timeline-import/import.mjs');
await build({
  entryPoints: [path.join(PROJECT, 'src/lib/timelinejs-import-files.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { runImport } = await import(pathToFileURL(bundle).href);
const outcome = runImport(request);
for (const line of outcome.lines) (outcome.exitCode === 0 ? console.log : console.error)(line);
process.exitCode = outcome.exitCode;
