/**
 * The reader's side of the benchmark (issue 10): how long until a reader sees the first events of
 * a 1,000-event timeline, in headless Chromium, for our timeline page, for TimelineJS 3.9 loading
 * the same events from our `/timeline.json`, and for the reference site's bare list.
 *
 * One run is a navigation in a fresh browser context (empty cache) to a page served from
 * 127.0.0.1. It ends when the page has fired `load` and its first event is on screen: the first
 * frame after the first event element exists with a size, and not before the first contentful
 * paint. TimelineJS fetches its data and builds its slides after `load`, so for it this waits for
 * its first time marker. The median of the runs is reported.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../chromium.mjs';
import { serveStatic } from '../serve.mjs';
import { TIMELINEJS_PAGE_CSP, writeTimelineJsPage } from './timelinejs-page.mjs';

/** @typedef {{ page: 'ours' | 'timelinejs' | 'reference', medianMs: number, fcpMs: number, runsMs: number[] }} ReaderTiming */

export const READER_RUNS = 9;

// Installed before any page script: records the frame in which the first event is shown.
const OBSERVER = (selector) => {
  const shown = () => {
    const element = document.querySelector(selector);
    if (!element || element.getBoundingClientRect().height === 0) return false;
    requestAnimationFrame(() => {
      window.__firstEventMs ??= performance.now();
    });
    return true;
  };
  new MutationObserver((_, observer) => {
    if (shown()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector the first event's element
 */
async function timeOneLoad(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVER, selector);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstEventMs !== undefined, undefined, { timeout: 120_000 });
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { load: navigation.loadEventEnd, fcp: fcp?.startTime ?? 0, firstEvent: window.__firstEventMs };
  });
  await context.close();
  return { ms: Math.max(timing.load, timing.fcp, timing.firstEvent), fcpMs: timing.fcp };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

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
    { page: 'ours', url: oursServer.url, selector: '[data-event-id]' },
    {
      page: 'timelinejs',
      url: `${timelineJsServer.url}timelinejs/?data=/data/timeline.json`,
      selector: '.tl-timemarker',
    },
    { page: 'reference', url: referenceServer.url, selector: 'li' },
  ];
  const browser = await launchBrowser();
  try {
    /** @type {Record<string, { ms: number[], fcp: number[] }>} */
    const samples = Object.fromEntries(pages.map(({ page }) => [page, { ms: [], fcp: [] }]));
    // One warm-up load each (the browser's own start-up), then the pages in turn so that load on
    // the machine falls on all three alike.
    for (const { url, selector } of pages) await timeOneLoad(browser, url, selector);
    for (let run = 0; run < runs; run += 1) {
      for (const { page, url, selector } of pages) {
        const { ms, fcpMs } = await timeOneLoad(browser, url, selector);
        samples[page].ms.push(ms);
        samples[page].fcp.push(fcpMs);
      }
    }
    return pages.map(({ page }) => ({
      page,
      medianMs: median(samples[page].ms),
      fcpMs: median(samples[page].fcp),
      runsMs: samples[page].ms,
    }));
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(timelineJsRoot, { recursive: true, force: true });
  }
}
