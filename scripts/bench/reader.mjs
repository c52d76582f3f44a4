/**
 * The reader's side of the benchmark (issue 10): how long until a reader sees the first events of
 * a 1,000-event timeline, in headless Chromium, for our timeline page, for TimelineJS 3.9 loading
 * the same events from our `/timeline.json`, and for the reference site's bare list.
 *
 * One run is a navigation, with the HTTP cache off, to a page served from 127.0.0.1. It ends when
 * the reader can read and use the page: it has fired `load`, its first event is on screen (the
 * first frame after the first event element exists with a size, and not before the first
 * contentful paint), and its main thread has gone quiet, that is the last long task (over 50 ms,
 * which delays any click or scroll) before a quiet window of `QUIET_MS` has ended, as in
 * Lighthouse's time to interactive. TimelineJS fetches its data and builds its slides after
 * `load`, then goes on laying out its navigator: for it this waits for its first time marker and
 * then for that work to end. The median of the runs is reported.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../chromium.mjs';
import { medianOf } from './median.mjs';
import { serveStatic } from '../serve.mjs';
import { TIMELINEJS_PAGE_CSP, writeTimelineJsPage } from './timelinejs-page.mjs';

/** @typedef {{ page: 'ours' | 'timelinejs' | 'reference', medianMs: number, fcpMs: number, runsMs: number[] }} ReaderTiming */

export const READER_RUNS = 9;
/** No long task for this long after the first event: the page is taken to be responsive. */
const QUIET_MS = 5000;

// Installed before any page script: records the frame in which the first event is shown, and the
// end of every long task. The element's size comes from a ResizeObserver, after the browser's own
// layout: measuring it directly would force extra layouts on the page being timed.
const OBSERVER = (selector) => {
  window.__longTaskEnds = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longTaskEnds.push(task.startTime + task.duration);
  }).observe({ type: 'longtask', buffered: true });
  const sized = new ResizeObserver((entries) => {
    if (!entries.some((entry) => entry.contentRect.height > 0)) return;
    sized.disconnect();
    requestAnimationFrame(() => {
      window.__firstEventMs ??= performance.now();
    });
  });
  new MutationObserver((_, observer) => {
    const element = document.querySelector(selector);
    if (!element) return;
    observer.disconnect();
    sized.observe(element);
  }).observe(document, { childList: true, subtree: true });
};

/**
 * A tab with the HTTP cache switched off, so every load fetches every file again as a first
 * visit does, while the browser and the page's renderer process stay warm: what is measured is
 * the page, not Chromium starting a process.
 * @param {import('playwright-core').Browser} browser
 * @param {string} selector the first event's element
 */
async function coldCacheTab(browser, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(OBSERVER, selector);
  return { page, close: () => context.close() };
}

/** @param {import('playwright-core').Page} page @param {string} url */
async function timeOneLoad(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstEventMs !== undefined, undefined, { timeout: 120_000 });
  await page.waitForFunction(
    (quietMs) => performance.now() - Math.max(window.__firstEventMs, ...window.__longTaskEnds) >= quietMs,
    QUIET_MS,
    { timeout: 120_000, polling: 100 },
  );
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      load: navigation.loadEventEnd,
      fcp: fcp?.startTime ?? 0,
      firstEvent: window.__firstEventMs,
      quiet: Math.max(0, ...window.__longTaskEnds),
    };
  });
  // A reader has one page open: the page must not go on working (TimelineJS's timers and
  // transitions do) while the next page is timed in another tab.
  await page.goto('about:blank');
  return { ms: Math.max(timing.load, timing.fcp, timing.firstEvent, timing.quiet), fcpMs: timing.fcp };
}

/**
 * @param {{ ours: string, reference: string, runs?: number }} dists built sites, both at the root path
 * @returns {Promise<ReaderTiming[]>}
 */
export async function measureReader({ ours, reference, runs = READER_RUNS }) {
  const timelineJsRoot = mkdtempSync(path.join(os.tmpdir(), 'timeline-reader-'));
  writeTimelineJsPage(path.join(timelineJsRoot, 'timelinejs'));
  mkdirSync(path.join(timelineJsRoot, 'data'));
  copyFileSync(path.join(ours, 'timeline.json'), path.join(timelineJsRoot, 'data', 'timeline.json'));
  writeFileSync(
    path.join(timelineJsRoot, '_headers'),
    `/timelinejs/*\n  Content-Security-Policy: ${TIMELINEJS_PAGE_CSP}\n`,
  );
  const servers = await Promise.all(
    [ours, timelineJsRoot, reference].map((root) => serveStatic({ root, base: '/', port: 0 })),
  );
  const [oursServer, timelineJsServer, referenceServer] = servers;
  const pages = [
    // SPEC: links that carry `data-event-id` (the time axis's key events) are navigation, not list entries.
    { page: 'ours', url: oursServer.url, selector: '[data-event-id]:not(a)' },
    {
      page: 'timelinejs',
      url: `${timelineJsServer.url}timelinejs/?data=/data/timeline.json`,
      selector: '.tl-timemarker',
    },
    { page: 'reference', url: referenceServer.url, selector: 'li' },
  ];
  const browser = await launchBrowser();
  const tabs = await Promise.all(pages.map(({ selector }) => coldCacheTab(browser, selector)));
  try {
    /** @type {Record<string, { ms: number[], fcp: number[] }>} */
    const samples = Object.fromEntries(pages.map(({ page }) => [page, { ms: [], fcp: [] }]));
    // One warm-up load each (the renderer's start-up), then the pages in turn so that load on the
    // machine falls on all three alike.
    for (const [index, { url }] of pages.entries()) await timeOneLoad(tabs[index].page, url);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, { page, url }] of pages.entries()) {
        const { ms, fcpMs } = await timeOneLoad(tabs[index].page, url);
        samples[page].ms.push(ms);
        samples[page].fcp.push(fcpMs);
      }
    }
    return pages.map(({ page }) => ({
      page,
      medianMs: medianOf(samples[page].ms),
      fcpMs: medianOf(samples[page].fcp),
      runsMs: samples[page].ms,
    }));
  } finally {
    await Promise.all(tabs.map((tab) => tab.close()));
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(timelineJsRoot, { recursive: true, force: true });
  }
}
