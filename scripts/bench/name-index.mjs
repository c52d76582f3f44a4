/**
 * What forgiving search costs a reader: the size of the name index (`search-names.json`, raw,
 * gzip and brotli), the time to match a keystroke against it with the site's own matching code
 * (src/lib/name-matching.ts, bundled with esbuild as the browser gets it), and in Chromium the
 * time from a keystroke in the header search box to the suggestions in the page. Run alone on a
 * site built with `BASE_PATH=/` with `node scripts/bench/name-index.mjs <dist>`.
 */
import { build } from 'esbuild';
import { launchBrowser } from '../chromium.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serveStatic } from '../serve.mjs';
import { createRandom } from './random.mjs';

const PROJECT = path.resolve(fileURLToPath(import.meta.url), '../../..');
/** Readers mistype: each typed name gets one letter changed, dropped or doubled. */
const TYPED_NAMES = 300;
/** Fewer in the browser, where each letter is a real key press. */
const BROWSER_TYPED_NAMES = 40;

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
 * @property {number} p99Ms
 * @property {number} maxMs a single pause of a loaded machine shows here first
 * @property {BrowserLatency} browser
 */
/**
 * @typedef {object} BrowserLatency keystroke to suggestions in the page, in Chromium
 * @property {number} keystrokes
 * @property {number} firstMs the first, which waits for the index to load and be folded
 * @property {number} medianMs the others
 * @property {number} p95Ms
 * @property {number} p99Ms
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
  const names = entries.map(({ name }) => name);
  const timings = typedQueries(names, TYPED_NAMES).map((query) => {
    const start = performance.now();
    matchNames(index, query);
    return performance.now() - start;
  });
  return {
    entries: entries.length,
    bytes: raw.length,
    gzipBytes: gzipSync(raw, { level: 9 }).length,
    brotliBytes: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    prepareMs,
    ...summarise(timings),
    browser: await measureInBrowser(dist, typedQueries(names, BROWSER_TYPED_NAMES)),
  };
}

/** @param {number[]} timings in the order measured */
function summarise(timings) {
  const [firstMs = 0, ...rest] = timings;
  rest.sort((a, b) => a - b);
  const at = (share) => rest[Math.min(rest.length - 1, Math.floor(share * rest.length))] ?? 0;
  return {
    keystrokes: timings.length,
    firstMs,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: rest.at(-1) ?? 0,
  };
}

/**
 * Types the queries into the header search box of the timeline, one key at a time, and times each
 * input event to the change of the suggestions list it causes.
 * @param {string} dist
 * @param {string[]} queries every prefix of each typed name, in typing order
 * @returns {Promise<BrowserLatency>}
 */
async function measureInBrowser(dist, queries) {
  const server = await serveStatic({ root: dist, base: '/', port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(() => {
      const input = /** @type {HTMLInputElement} */ (document.getElementById('header-search-input'));
      const list = /** @type {HTMLElement} */ (document.getElementById('header-search-input-suggestions'));
      const timings = [];
      let typedAt = 0;
      input.addEventListener('input', () => (typedAt = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (typedAt) timings.push(performance.now() - typedAt);
        typedAt = 0;
      }).observe(list, { childList: true });
      Object.assign(window, { suggestionTimings: timings });
    });
    await page.focus('#header-search-input');
    for (const query of queries) {
      // Each name is typed afresh into an empty box, key by key.
      if (query.length === 2) {
        await page.fill('#header-search-input', '');
        await page.keyboard.type(query);
      } else await page.keyboard.type(query.at(-1) ?? '');
      await page.waitForTimeout(5);
    }
    await page.waitForTimeout(200);
    return summarise(await page.evaluate(() => /** @type {number[]} */ (Reflect.get(window, 'suggestionTimings'))));
  } finally {
    await browser.close();
    await server.close();
  }
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
 * @param {number} count
 */
function typedQueries(names, count) {
  const random = createRandom(11);
  const queries = [];
  for (let made = 0; made < count && names.length > 0; made += 1) {
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
