// `npm run build`: Astro renders the site, then Pagefind indexes it. Pagefind runs once Astro's
// process has ended, so the two never hold memory at the same time (Pagefind alone needs
// 1.8 GiB at 10,000 events). Arguments go to `astro build` unchanged (`--outDir`, `--root`, …).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../..');
// Only these pages hold what search finds; the list pages would double what Pagefind reads.
const INDEXED_PAGES = '{events,actors,places}/*/index.html';
// Named in src/integrations/build-output-folder.ts, which writes the folder's path to this file.
const OUTPUT_FOLDER_FILE_VARIABLE = 'TIMELINE_OUTPUT_FOLDER_FILE';

const args = process.argv.slice(2);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'timeline-build-'));
try {
  process.exitCode = await build(path.join(scratch, 'output-folder'));
} catch (error) {
  console.error(`[build] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** @param {string} reportFile where Astro's build reports its output folder */
async function build(reportFile) {
  const astroStatus = await run('astro', ['build', ...args], { [OUTPUT_FOLDER_FILE_VARIABLE]: reportFile });
  // `--help` prints Astro's usage and builds nothing.
  if (astroStatus !== 0 || args.includes('--help') || args.includes('-h')) return astroStatus;
  if (!existsSync(reportFile)) {
    throw new Error('astro build did not say where it wrote the site; is buildOutputFolder() in astro.config.mjs?');
  }
  const siteFolder = readFileSync(reportFile, 'utf8');
  const started = performance.now();
  // Pagefind's command line, not its Node API: the API's indexing service held 7 % more memory.
  const pagefindStatus = await run('pagefind', ['--site', siteFolder, '--glob', INDEXED_PAGES]);
  // A machine-readable line for the benchmark script.
  if (pagefindStatus === 0) console.log(`[pagefind-timing] ${((performance.now() - started) / 1000).toFixed(1)}`);
  return pagefindStatus;
}

/**
 * Runs a command installed in node_modules and resolves to its exit status. Stopping the build
 * (Ctrl-C, a CI timeout) stops the command too, instead of leaving it running alone.
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {NodeJS.ProcessEnv} [extraEnv]
 * @returns {Promise<number>}
 */
function run(command, commandArgs, extraEnv = {}) {
  const child = spawn(path.join(PROJECT, 'node_modules/.bin', command), commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', (error) =>
      reject(new Error(`could not run ${command} (${error.message}); has \`npm install\` run?`)),
    );
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (signal) console.error(`[build] ${command} was stopped by ${signal}`);
      // A command stopped by a signal exits as shells report it: 128 + the signal's number.
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}
