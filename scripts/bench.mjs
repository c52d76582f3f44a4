// `npm run bench`: builds our site and a minimal reference Astro site from the same synthetic
// archive, cold and with a warm content cache, and prints issue 6's table. Everything it writes
// goes to a temporary folder; `content/` and `dist/` are never touched.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateContent } from './bench/generate-content.mjs';
import { measureDist } from './bench/measure-dist.mjs';
import { measureNameIndex } from './bench/name-index.mjs';
import { REFERENCE_CACHE_DIR, writeReferenceSite } from './bench/reference-site.mjs';
import { measureReader } from './bench/reader.mjs';
import { formatReport } from './bench/report.mjs';
import { runMeasured } from './bench/run-measured.mjs';

/** @typedef {import('./bench/report.mjs').SiteResult} SiteResult */
/** @typedef {import('./bench/report.mjs').BuildTiming} BuildTiming */
/**
 * @typedef {object} Workspace folders of one run, all under a temporary folder
 * @property {string} root
 * @property {string} logs
 * @property {string} oursConfig our Astro config with its caches moved to `oursCache`
 * @property {string} oursCache Astro's content cache and Vite's dependency cache for our builds
 * @property {string} reference the reference site
 */

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../..');
const ASTRO = path.join(PROJECT, 'node_modules/.bin/astro');
const BUILD = path.join(PROJECT, 'scripts/build.mjs');
const PAGEFIND = path.join(PROJECT, 'node_modules/.bin/pagefind');
const SITE = 'https://example.org';
const USAGE =
  'usage: npm run bench -- [--events 1000,5000,10000] [--actors N] [--places N] [--reader 1000|0] [--json file] [--keep]';

const options = readOptions();
const workspace = createWorkspace();
process.once('SIGINT', () => {
  removeWorkspace();
  process.exit(130);
});
try {
  /** @type {SiteResult[]} */
  const results = [];
  /** @type {import('./bench/reader.mjs').ReaderTiming[] | undefined} */
  let reader;
  for (const events of options.sizes) {
    const size = await benchSize(events);
    results.push(...size.results);
    reader ??= size.reader;
  }
  if (options.reader && !reader) reader = await benchReaderOnly(options.reader);
  const report = formatReport(results, reader && { events: options.reader, timings: reader });
  console.log(`\n${machineLine()}\n\n${report}`);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ machine: machine(), results, reader }, null, 2)}\n`);
  }
} catch (error) {
  // A failed build's message already holds the end of its log; a stack trace would only bury it.
  console.error(`\n${error instanceof Error ? error.message : error}`);
  if (!options.keep) console.error('(the logs go with the temporary folder; run again with --keep to read them)');
  process.exitCode = 1;
} finally {
  removeWorkspace();
}

/** The command-line options; a usage error ends the run before any folder is made. */
function readOptions() {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
  }
}

/**
 * @param {string[]} argv
 * @returns {{ sizes: number[], actors?: number, places?: number, json?: string, keep: boolean, reader: number }}
 */
function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string', default: '10000' },
      actors: { type: 'string' },
      places: { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      // The reader measurement runs at this size (issue 10: 1,000 events); 0 leaves it out.
      reader: { type: 'string', default: '1000' },
    },
  });
  return {
    // Smallest first: the quick sizes report early, and the growth check reads them in order.
    sizes: [...new Set(values.events.split(',').map((size) => count('--events', size)))].sort((a, b) => a - b),
    actors: values.actors === undefined ? undefined : count('--actors', values.actors),
    places: values.places === undefined ? undefined : count('--places', values.places),
    json: values.json && path.resolve(values.json),
    keep: values.keep,
    reader: values.reader === '0' ? 0 : count('--reader', values.reader),
  };
}

function count(flag, text) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} takes whole numbers from 1 up, got "${text}"`);
  return value;
}

/** @returns {Workspace} */
function createWorkspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'timeline-bench-'));
  const logs = path.join(root, 'logs');
  const oursCache = path.join(root, 'ours', 'cache');
  const oursConfig = path.join(root, 'ours', 'astro.config.mjs');
  const reference = path.join(root, 'reference');
  mkdirSync(logs);
  mkdirSync(oursCache, { recursive: true });
  // Astro imports the pages it has bundled into dist/ to render them; their imports of Astro's own
  // dependencies resolve through this link, as they would from the project's dist/.
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'ours', 'node_modules'), 'dir');
  // Builds in the project keep their caches in node_modules/.astro and node_modules/.vite; caches of
  // its own let the benchmark clear them for cold builds without slowing anyone's next build there.
  const cache = (name) => JSON.stringify(path.join(oursCache, name));
  writeFileSync(
    oursConfig,
    `import config from ${JSON.stringify(path.join(PROJECT, 'astro.config.mjs'))};\n\n` +
      `export default { ...config, cacheDir: ${cache('astro')}, vite: { ...config.vite, cacheDir: ${cache('vite')} } };\n`,
  );
  writeReferenceSite(reference, path.join(PROJECT, 'node_modules'));
  return { root, logs, oursConfig, oursCache, reference };
}

function removeWorkspace() {
  if (options.keep) progress(`kept ${workspace.root}`);
  else rmSync(workspace.root, { recursive: true, force: true });
}

/** Archive sizes for `events`: actors and places grow with it unless given. */
function archiveSizes(events) {
  return {
    events,
    actors: options.actors ?? Math.max(1, Math.round(events / 10)),
    places: options.places ?? Math.max(1, Math.round((events * 3) / 100)),
  };
}

/**
 * Generates one archive and benchmarks both sites on it; at the reader's size, also the reader.
 * @param {number} events
 * @returns {Promise<{ results: SiteResult[], reader?: import('./bench/reader.mjs').ReaderTiming[] }>}
 */
async function benchSize(events) {
  const sizes = archiveSizes(events);
  const contentDir = path.join(workspace.root, `content-${events}`);
  progress(`generating ${events} events, ${sizes.actors} actors and ${sizes.places} places`);
  generateContent(contentDir, sizes);
  const oursDist = path.join(workspace.root, 'ours', `dist-${events}`);
  const referenceDist = path.join(workspace.reference, `dist-${events}`);
  const ours = await benchSite({ ...sizes, site: 'ours' }, oursDist, {
    clearCache: () => clearFolder(workspace.oursCache),
    build: (dist, logFile) => buildOurs(contentDir, dist, logFile),
  });
  const reference = await benchSite({ ...sizes, site: 'reference' }, referenceDist, {
    clearCache: () => clearFolder(path.join(workspace.reference, REFERENCE_CACHE_DIR)),
    build: (dist, logFile) => buildReference(contentDir, dist, logFile),
  });
  const reader = events === options.reader ? await timedReader(oursDist, referenceDist) : undefined;
  // Ten thousand events take hundreds of megabytes per copy; keep only what --keep asks for.
  if (!options.keep) {
    for (const folder of [contentDir, oursDist, referenceDist]) rmSync(folder, { recursive: true, force: true });
  }
  return { results: [ours, reference], ...(reader ? { reader } : {}) };
}

/** The reader measurement at a size the build benchmark did not run: both sites built once, untimed. */
async function benchReaderOnly(events) {
  const contentDir = path.join(workspace.root, `content-reader-${events}`);
  progress(`generating ${events} events for the reader measurement`);
  generateContent(contentDir, archiveSizes(events));
  const oursDist = path.join(workspace.root, 'ours', `dist-reader-${events}`);
  const referenceDist = path.join(workspace.reference, `dist-reader-${events}`);
  await buildOurs(contentDir, oursDist, logFileFor({ site: 'ours', events }, 'reader'));
  await buildReference(contentDir, referenceDist, logFileFor({ site: 'reference', events }, 'reader'));
  const reader = await timedReader(oursDist, referenceDist);
  if (!options.keep) {
    for (const folder of [contentDir, oursDist, referenceDist]) rmSync(folder, { recursive: true, force: true });
  }
  return reader;
}

async function timedReader(ours, reference) {
  progress(`reader: ${options.reader} events in Chromium (ours, TimelineJS, reference)…`);
  return measureReader({ ours, reference });
}

/**
 * A cold build (content cache emptied first), then a warm one on the cache it left.
 * @param {Pick<SiteResult, 'site' | 'events' | 'actors' | 'places'>} run
 * @param {string} dist
 * @param {{ clearCache: () => void, build: (dist: string, logFile: string) => Promise<BuildTiming> }} site
 * @returns {Promise<SiteResult>}
 */
async function benchSite(run, dist, { clearCache, build }) {
  clearCache();
  const cold = await timedPhase(run, 'cold', () => build(dist, logFileFor(run, 'cold')));
  const warm = await timedPhase(run, 'warm', () => build(dist, logFileFor(run, 'warm')));
  const result = { ...run, cold, warm, dist: measureDist(dist, SITE) };
  // Only our site has forgiving search.
  if (run.site === 'ours') result.names = await measureNameIndex(dist);
  return result;
}

/**
 * @param {Pick<SiteResult, 'site' | 'events'>} run
 * @param {'cold' | 'warm'} phase
 * @param {() => Promise<BuildTiming>} build
 */
async function timedPhase({ site, events }, phase, build) {
  progress(`${events} events: ${site}, ${phase} build…`);
  const timing = await build();
  progress(`${events} events: ${site}, ${phase} build took ${timing.seconds.toFixed(1)} s`);
  return timing;
}

/**
 * Our build is `npm run build`'s script: Astro, then Pagefind, which reports its share on a
 * `[pagefind-timing]` line; the script's own Node process counts in the peak too. It runs
 * from the workspace with `--root` pointing at the project: given an outDir outside the working
 * directory, Astro stages its server chunks in `<cwd>/.astro/` and then deletes that whole folder,
 * which would take the project's generated types with it.
 */
async function buildOurs(contentDir, dist, logFile) {
  clearFolder(dist);
  const configFile = path.relative(PROJECT, workspace.oursConfig);
  const args = [BUILD, '--root', PROJECT, '--config', configFile, '--outDir', dist];
  const build = await runMeasured(process.execPath, args, {
    cwd: path.dirname(workspace.oursConfig),
    env: buildEnv(contentDir),
    logFile,
  });
  const pagefindSeconds = Number(/^\[pagefind-timing\] ([\d.]+)$/m.exec(build.output)?.[1]);
  if (Number.isNaN(pagefindSeconds)) throw new Error(`our build printed no [pagefind-timing] line (log: ${logFile})`);
  return {
    seconds: build.seconds,
    astroSeconds: build.seconds - pagefindSeconds,
    pagefindSeconds,
    peakRssBytes: build.peakRssBytes,
  };
}

/** The reference builds with Astro, then indexes with the Pagefind command line, as a plain site would. */
async function buildReference(contentDir, dist, logFile) {
  clearFolder(dist);
  const env = buildEnv(contentDir);
  const cwd = workspace.reference;
  const astro = await runMeasured(ASTRO, ['build', '--outDir', dist], { cwd, env, logFile });
  const pagefind = await runMeasured(PAGEFIND, ['--site', dist], { cwd, env, logFile: `${logFile}.pagefind` });
  return {
    seconds: astro.seconds + pagefind.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
  };
}

/** Our settings for every build; a BASE_PATH from the caller's shell would move `/` and skew the first page. */
function buildEnv(contentDir) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, CONTENT_DIR: contentDir, SITE, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  return env;
}

function logFileFor({ site, events }, phase) {
  return path.join(workspace.logs, `${events}-${site}-${phase}.log`);
}

function clearFolder(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function machineLine() {
  const { cpus, cpuModel, memoryBytes, node } = machine();
  return `Machine: ${cpus} × ${cpuModel}, ${(memoryBytes / 1024 ** 3).toFixed(1)} GiB, Node ${node}.`;
}

function progress(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
