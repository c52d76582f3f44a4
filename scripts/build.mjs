// `npm run build`: Astro renders the site, then Pagefind indexes it. Pagefind runs once Astro's
// process has ended: side by side the two held 3.6 GB at 10,000 events; one after the other
// neither passes 2 GB. Arguments go to `astro build` unchanged (`--outDir`, `--root`, …).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../..');
// Only these pages hold what search finds; the list pages would double what Pagefind reads.
const INDEXED_PAGES = '{events,actors,places}/*/index.html';

const args = process.argv.slice(2);
run('astro', ['build', ...args]);
const site = builtSiteFolder(args);
const started = performance.now();
// Pagefind's command line, not its Node API: the API's indexing service held 7 % more memory.
run('pagefind', ['--site', site, '--glob', INDEXED_PAGES]);
// A machine-readable line for the benchmark script.
console.log(`[pagefind-timing] ${((performance.now() - started) / 1000).toFixed(1)}`);

/** Runs a command installed in node_modules; its failure ends the build with its exit code. */
function run(command, commandArgs) {
  const result = spawnSync(path.join(PROJECT, 'node_modules/.bin', command), commandArgs, { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Where `astro build` wrote the site: `--outDir` is relative to `--root`, as Astro reads it, and
 * the project's config leaves the output folder at its default, `dist/`.
 * @param {string[]} argv
 */
function builtSiteFolder(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { root: { type: 'string' }, outDir: { type: 'string' } },
    strict: false,
  });
  const root = path.resolve(typeof values.root === 'string' ? values.root : '.');
  const folder = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
  if (!existsSync(path.join(folder, 'index.html'))) {
    console.error(`[search] no built site in ${folder} to index: pass the build's output folder with --outDir`);
    process.exit(1);
  }
  return folder;
}
