/**
 * What forgiving search costs a reader: the size of the name index (`search-names.json`, raw,
 * gzip and brotli) and the time to match a keystroke against it with the site's own matching
 * code (src/lib/name-matching.ts, bundled with esbuild as the browser gets it). Run alone on a
 * built site with `node scripts/bench/name-index.mjs <dist>`.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRandom } from './random.mjs';

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../../..');
/** Readers mistype: each typed name gets one letter changed, dropped or doubled. */
const TYPED_NAMES = 300;

/**
 * @typedef {object} NameIndexStats
 * @property {number} entries names in the index (actors, places, topics)
 * @property {number} bytes raw JSON
 * @property {number} gzipBytes
 * @property {number} brotliBytes
 * @property {number} prepareMs parsing and folding the index once, on first focus
 * @property {number} keystrokes queries timed
 * @property {number} firstMs the first keystroke, which also pays for compiling the matching code
 * @property {number} medianMs the others
 * @property {number} p95Ms
 * @property {number} maxMs
 */

/**
 * @param {string} dist
 * @returns {Promise<NameIndexStats>}
 */
export async function measureNameIndex(dist) {
  const raw = readFileSync(path.join(dist, 'search-names.json'));
  const { prepareIndex, matchNames, decodeNameIndex } = await loadMatching();
  const started = performance.now();
  const entries = decodeNameIndex(JSON.parse(raw.toString('utf8')), 'Topic');
  const index = prepareIndex(entries);
  const prepareMs = performance.now() - started;
  const timings = typedQueries(entries.map(({ name }) => name)).map((query) => {
    const start = performance.now();
    matchNames(index, query);
    return performance.now() - start;
  });
  const firstMs = timings.shift() ?? 0;
  timings.sort((a, b) => a - b);
  const at = (share) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))] ?? 0;
  return {
    entries: entries.length,
    bytes: raw.length,
    gzipBytes: gzipSync(raw, { level: 9 }).length,
    brotliBytes: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    prepareMs,
    keystrokes: timings.length + 1,
    firstMs,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: timings[timings.length - 1] ?? 0,
  };
}

/** The matching modules, bundled into one ES module in memory. */
async function loadMatching() {
  const result = await build({
    stdin: {
      contents: "export * from './src/lib/name-matching.ts'; export * from './src/lib/name-index.ts';",
      resolveDir: PROJECT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Every keystroke of typing some names with one mistake each, from the second letter on: what the
 * suggestions list answers while a reader types.
 * @param {string[]} names
 */
function typedQueries(names) {
  const random = createRandom(11);
  const queries = [];
  for (let count = 0; count < TYPED_NAMES && names.length > 0; count += 1) {
    const name = random.pick(names);
    const position = random.int(1, Math.max(1, name.length - 1));
    const mistake = random.pick(['change', 'drop', 'double']);
    const typed =
      mistake === 'drop'
        ? name.slice(0, position) + name.slice(position + 1)
        : mistake === 'double'
          ? name.slice(0, position + 1) + name.slice(position)
          : `${name.slice(0, position)}e${name.slice(position + 1)}`;
    for (let length = 2; length <= typed.length; length += 1) queries.push(typed.slice(0, length));
  }
  return queries;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/bench/name-index.mjs <built site folder>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureNameIndex(path.resolve(dist)), null, 2));
}
