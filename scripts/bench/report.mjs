/**
 * Formats benchmark results as Markdown: the table of issue 6, the ratios to the reference site,
 * the cost per 1,000 events at each size, and the limits at the largest size.
 */

import { medianOf } from './median.mjs';

/** @typedef {import('./measure-dist.mjs').DistStats} DistStats */
/** @typedef {import('./name-index.mjs').NameIndexStats} NameIndexStats */
/**
 * @typedef {object} BuildTiming
 * @property {number} seconds the whole build, search index included
 * @property {number} astroSeconds
 * @property {number} pagefindSeconds
 * @property {number} peakRssBytes
 */
/**
 * @typedef {object} SiteResult
 * @property {'ours' | 'reference'} site
 * @property {number} events
 * @property {number} actors
 * @property {number} places
 * @property {BuildTiming} cold with an empty content cache
 * @property {BuildTiming} warm right after, with the cache the cold build left
 * @property {DistStats} dist
 * @property {NameIndexStats} [names] our site only
 */

/**
 * @typedef {object} ReaderResult
 * @property {number} events
 * @property {import('./reader.mjs').ReaderTiming[]} timings
 */

/** Issue 10's reader goals: ours at least this many times faster than TimelineJS, at most this many times the bare list. */
const READER_LIMITS = { fasterThanTimelineJs: 20, overReference: 1.5 };

/** Issue 6's targets, checked at the largest size run. */
const LIMITS = {
  ratio: 1.5,
  peakRssBytes: 2 * 1024 ** 3,
  htmlBytes: 200_000,
  firstPageBytes: 100_000,
  nameIndexCompressedBytes: 40_000,
  suggestionMs: 50,
};

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const MiB = (bytes) => integer.format(bytes / 1024 ** 2);
const seconds = (value) => value.toFixed(1);
const times = (value) => `${value.toFixed(2)}×`;

/**
 * @param {SiteResult[]} results
 * @param {ReaderResult} [reader]
 * @returns {string}
 */
export function formatReport(results, reader) {
  const sections = [
    resultsTable(results),
    ratiosTable(results),
    growthTable(results),
    nameIndexTable(results),
    limitChecks(results),
  ];
  return [...sections, ...(reader ? [readerReport(reader)] : [])].join('\n\n');
}

const PAGE_NAMES = {
  ours: 'our timeline (`/`)',
  timelinejs: 'TimelineJS 3.9 on our `/timeline.json`',
  reference: "reference's bare list (`/`)",
};

/** @param {ReaderResult} reader */
function readerReport({ events, timings }) {
  const byPage = Object.fromEntries(timings.map((timing) => [timing.page, timing]));
  const ours = byPage.ours.medianMs;
  const rows = timings.map(({ page, medianMs, fcpMs, runsMs }) =>
    row([
      PAGE_NAMES[page],
      integer.format(medianMs),
      integer.format(fcpMs),
      times(medianMs / ours),
      `${integer.format(Math.min(...runsMs))}–${integer.format(Math.max(...runsMs))}`,
    ]),
  );
  // Each round loads the three pages one after the other: the median of the rounds' ratios
  // compares pages under the same load on the machine.
  const roundRatio = (numerator, denominator) =>
    medianOf(numerator.runsMs.map((ms, round) => ms / (denominator.runsMs[round] ?? Number.NaN)));
  const faster = roundRatio(byPage.timelinejs, byPage.ours);
  const overReference = roundRatio(byPage.ours, byPage.reference);
  return [
    `Reader, ${integer.format(events)} events in headless Chromium: loaded, first event on screen and main thread quiet (no long task for 5 s), median of ${timings[0]?.runsMs.length ?? 0} cold loads:`,
    '',
    '| page | ms until readable and responsive | first contentful paint ms | × ours | range ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    check(
      faster >= READER_LIMITS.fasterThanTimelineJs,
      `ours is ${times(faster)} faster than TimelineJS, median of the rounds (goal at least ${READER_LIMITS.fasterThanTimelineJs}×)`,
    ),
    check(
      overReference <= READER_LIMITS.overReference,
      `ours takes ${times(overReference)} the bare list's time, median of the rounds (goal at most ${READER_LIMITS.overReference}×)`,
    ),
  ].join('\n');
}

/** @param {SiteResult[]} results */
function resultsTable(results) {
  const header = [
    '| events | site | pages | cold s (Astro + Pagefind) | warm s (Astro + Pagefind) | pages/s cold / warm | peak RSS MiB cold / warm | dist/ | largest HTML | timeline first page |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  const rows = results.map(({ site, events, cold, warm, dist }) =>
    row([
      integer.format(events),
      site,
      integer.format(dist.pages),
      timing(cold),
      timing(warm),
      `${integer.format(dist.pages / cold.seconds)} / ${integer.format(dist.pages / warm.seconds)}`,
      `${MiB(cold.peakRssBytes)} / ${MiB(warm.peakRssBytes)}`,
      MB(dist.bytes),
      `${dist.largestHtml.path} (${kB(dist.largestHtml.bytes)})`,
      kB(dist.firstPageBytes),
    ]),
  );
  const sizes = [...new Map(results.map((result) => [result.events, result])).values()]
    .map(({ events, actors, places }) => `${integer.format(events)} events, ${actors} actors, ${places} places`)
    .join('; ');
  const notes = [
    `Archives: ${sizes}.`,
    'Seconds are wall time of the whole build, search index included; pages/s divides by them. Peak RSS is the',
    "larger of GNU time's maximum (largest process) and the sum over the process tree sampled every 200 ms.",
    'First page: `/` with the CSS and JS it loads, before any search.',
  ];
  return [...header, ...rows, '', ...notes].join('\n');
}

/** @param {BuildTiming} build */
function timing(build) {
  return `${seconds(build.seconds)} (${seconds(build.astroSeconds)} + ${seconds(build.pagefindSeconds)})`;
}

/** @param {SiteResult[]} results */
function ratiosTable(results) {
  const rows = pairs(results).map(({ events, ours, reference }) =>
    row([
      integer.format(events),
      times(ours.cold.seconds / reference.cold.seconds),
      times(ours.warm.seconds / reference.warm.seconds),
      times(
        Math.max(ours.cold.peakRssBytes, ours.warm.peakRssBytes) /
          Math.max(reference.cold.peakRssBytes, reference.warm.peakRssBytes),
      ),
    ]),
  );
  return [
    `Ours / reference, whole build (issue 6 allows at most ${LIMITS.ratio}× cold and warm):`,
    '',
    '| events | cold | warm | peak RSS |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** @param {SiteResult[]} results */
function nameIndexTable(results) {
  const ms = (value) => value.toFixed(2);
  const latency = ({ firstMs, medianMs, p95Ms, p99Ms, maxMs }) =>
    `${ms(firstMs)} | ${[medianMs, p95Ms, p99Ms, maxMs].map(ms).join(' / ')}`;
  const rows = results.flatMap(({ events, names }) =>
    names
      ? [
          row([
            integer.format(events),
            integer.format(names.entries),
            `${kB(names.bytes)} / ${kB(names.gzipBytes)} / ${kB(names.brotliBytes)}`,
            ms(names.prepareMs),
            latency(names),
            latency(names.browser),
          ]),
        ]
      : [],
  );
  return [
    'Forgiving search: `search-names.json` (loaded when a search box is first focused), and milliseconds from a',
    'keystroke to its suggestions: matching alone in Node, and key press to list in the page in Chromium. The',
    'first keystroke in Chromium includes loading and folding the index.',
    '',
    '| events | names | index raw / gzip / brotli | prepare ms | Node first | Node median / p95 / p99 / max | Chromium first | Chromium median / p95 / p99 / max |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** @param {SiteResult[]} results */
function growthTable(results) {
  const perThousand = (build, events) => seconds((build.seconds * 1000) / events);
  const rows = pairs(results).map(({ events, ours, reference }) =>
    row([
      integer.format(events),
      perThousand(ours.cold, events),
      perThousand(ours.warm, events),
      perThousand(reference.cold, events),
      perThousand(reference.warm, events),
    ]),
  );
  return [
    'Seconds per 1,000 events, whole build (level or falling from size to size = no worse than linear):',
    '',
    '| events | ours cold | ours warm | reference cold | reference warm |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** @param {SiteResult[]} results */
function limitChecks(results) {
  const all = pairs(results);
  const smallest = all[0];
  const largest = all[all.length - 1];
  const { ours, reference } = largest;
  const ratio = (phase) => ours[phase].seconds / reference[phase].seconds;
  // Time per event at the largest size over that at the smallest: above 1 means worse than linear.
  const growth = (phase) => ours[phase].seconds / largest.events / (smallest.ours[phase].seconds / smallest.events);
  const peak = Math.max(ours.cold.peakRssBytes, ours.warm.peakRssBytes);
  const checks = [
    ...['cold', 'warm'].map((phase) =>
      check(
        ratio(phase) <= LIMITS.ratio,
        `${phase} build takes ${times(ratio(phase))} the reference's time (limit ${LIMITS.ratio}×)`,
      ),
    ),
    check(peak < LIMITS.peakRssBytes, `peak memory ${MiB(peak)} MiB (limit 2 GiB)`),
    check(
      ours.dist.largestHtml.bytes <= LIMITS.htmlBytes,
      `largest HTML page ${kB(ours.dist.largestHtml.bytes)} (limit ${kB(LIMITS.htmlBytes)})`,
    ),
    check(
      ours.dist.firstPageBytes < LIMITS.firstPageBytes,
      `timeline first page ${kB(ours.dist.firstPageBytes)} (limit ${kB(LIMITS.firstPageBytes)})`,
    ),
  ];
  if (ours.names) {
    // The 99th percentile: on a machine shared with other work, the maximum is one pause of the machine.
    const { gzipBytes, browser } = ours.names;
    checks.push(
      check(
        gzipBytes <= LIMITS.nameIndexCompressedBytes,
        `name index ${kB(gzipBytes)} gzip (limit ${kB(LIMITS.nameIndexCompressedBytes)})`,
      ),
      check(
        browser.p99Ms <= LIMITS.suggestionMs,
        `99 % of keystrokes show their suggestions within ${browser.p99Ms.toFixed(1)} ms in Chromium, the slowest in ${browser.maxMs.toFixed(1)} ms (limit ${LIMITS.suggestionMs} ms)`,
      ),
    );
  }
  if (all.length > 1) {
    for (const phase of ['cold', 'warm']) {
      const text = `${phase} time per event at ${integer.format(largest.events)} events is ${times(growth(phase))} that at ${integer.format(smallest.events)}`;
      checks.push(check(growth(phase) <= 1, `${text} (limit 1×: linear)`));
    }
  }
  return [`Issue 6's limits, our site at ${integer.format(largest.events)} events:`, '', ...checks].join('\n');
}

function check(passed, text) {
  return `- ${passed ? 'pass' : 'FAIL'}: ${text}`;
}

/**
 * Our result and the reference's for each size, smallest first.
 * @param {SiteResult[]} results
 * @returns {{ events: number, ours: SiteResult, reference: SiteResult }[]}
 */
function pairs(results) {
  const sizes = [...new Set(results.map(({ events }) => events))].sort((a, b) => a - b);
  const find = (events, site) => results.find((result) => result.events === events && result.site === site);
  return sizes.map((events) => ({ events, ours: find(events, 'ours'), reference: find(events, 'reference') }));
}

/** @param {string[]} cells */
function row(cells) {
  return `| ${cells.join(' | ')} |`;
}
