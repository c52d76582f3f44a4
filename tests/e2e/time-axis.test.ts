/**
 * The time axis and eras as readers and tools meet them, under `BASE_PATH=/tl/`: the fixture
 * content (overlapping eras, month- and year-precision events, a multi-day event, a 1991 event far
 * from the rest) and a generated archive long enough for split lists. On every list page the axis
 * counts add up, every link leads to a page holding the first event of its period, key events and
 * eras are linked, and an era page lists exactly its events. In Chromium: keyboard, scrolling, no
 * JavaScript, a phone's first screen, and axe in light and dark.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { temporaryFolder } from '../support/temporary-folders';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { buildSite, FIXTURE_CONTENT } from './support/build-site';
import { listEntries, listedEventIds } from './support/html';

const BASE = '/tl/';

interface PublicEvent {
  id: string;
  date: string;
  end: string | null;
  importance: number;
  actors: string[];
  places: string[];
  tags: string[];
}

interface EraSpan {
  id: string;
  date: string;
  end: string;
}

/** The fixture's eras: two that overlap in March 2022, and one of year precision in 1991. */
const FIXTURE_ERAS: EraSpan[] = [
  { id: 'soviet-end', date: '1991', end: '1991' },
  { id: 'march-talks', date: '2022-03-01', end: '2022-03-19' },
  { id: 'spring-crisis', date: '2022-03-15', end: '2022-04' },
];

/** Eras added to the generated archive: long enough for their pages to be split. */
const GENERATED_ERAS: EraSpan[] = [
  { id: 'first-decade', date: '2000', end: '2009-12' },
  { id: 'crossing', date: '2008-06-15', end: '2012' },
];

/** First and last calendar day of a date as written, as strings that compare in calendar order. */
const firstDay = (written: string) =>
  written.length === 4 ? `${written}-01-01` : written.length === 7 ? `${written}-01` : written.slice(0, 10);
const lastDay = (written: string) =>
  written.length === 4 ? `${written}-12-31` : written.length === 7 ? `${written}-31` : written.slice(0, 10);

const overlaps = (event: PublicEvent, era: EraSpan) =>
  firstDay(event.date) <= lastDay(era.end) && firstDay(era.date) <= lastDay(event.end ?? event.date);

interface Site {
  outDir: string;
  events: PublicEvent[];
  eras: EraSpan[];
}

function siteOf(outDir: string, eras: EraSpan[]): Site {
  const { events } = JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as { events: PublicEvent[] };
  return { outDir, events, eras };
}

/** The events of the list a page shows, worked out from its URL and events.json alone. */
function listOf(site: Site, pagePath: string): PublicEvent[] | undefined {
  const [section, id] = pagePath.split('/');
  if (section === '' || section === 'timeline') return site.events;
  const fields: Record<string, keyof Pick<PublicEvent, 'actors' | 'places' | 'tags'>> = {
    actors: 'actors',
    places: 'places',
    tags: 'tags',
  };
  const field = section && fields[section];
  if (field && id) return site.events.filter((event) => event[field].includes(decodeURIComponent(id)));
  const era = section === 'eras' ? site.eras.find((candidate) => candidate.id === id) : undefined;
  return era && site.events.filter((event) => overlaps(event, era));
}

/** Every page with a time axis, as a path below the base (`actors/x/2022/`). */
function axisPages(outDir: string): string[] {
  return (
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map((entry) => path.relative(outDir, entry.parentPath).split(path.sep).join('/'))
      .map((folder) => (folder === '' ? '' : `${folder}/`))
      // Embeds show a list's newest events under its whole axis, whose links lead to event pages
      // (tests/e2e/embeds-media-corrections.test.ts); SPEC's axis rules are for the reading pages.
      .filter((page) => !page.startsWith('embed/'))
      .filter((page) => readFileSync(path.join(outDir, page, 'index.html'), 'utf8').includes('data-time-axis'))
  );
}

/** Everything wrong with the axes of a built site; empty when all is well. */
function axisProblems(site: Site): string[] {
  const problems: string[] = [];
  const parsed = new Map<string, HTMLElement>();
  const pageAt = (pagePath: string) => {
    let document = parsed.get(pagePath);
    if (!document) {
      document = parse(readFileSync(path.join(site.outDir, pagePath, 'index.html'), 'utf8'));
      parsed.set(pagePath, document);
    }
    return document;
  };
  for (const pagePath of axisPages(site.outDir)) {
    const list = listOf(site, pagePath);
    if (!list) {
      problems.push(`${pagePath}: an axis on a page that shows no list`);
      continue;
    }
    const axis = pageAt(pagePath).querySelector('[data-time-axis]');
    const bins = axis?.querySelectorAll('a[data-bin-start]') ?? [];
    const total = bins.reduce((sum, bin) => sum + Number(bin.getAttribute('data-count')), 0);
    if (total !== list.length) problems.push(`${pagePath}: counts add up to ${total}, the list has ${list.length}`);
    const forms = new Set(bins.map((bin) => bin.getAttribute('data-bin-start')?.length));
    if (forms.size > 1) problems.push(`${pagePath}: periods of more than one size`);
    for (const bin of bins) {
      const [start = '', end = ''] = [bin.getAttribute('data-bin-start'), bin.getAttribute('data-bin-end')];
      const inBin = list.filter(
        (event) => firstDay(start) <= firstDay(event.date) && firstDay(event.date) <= lastDay(end),
      );
      const where = `${pagePath}: period ${start}–${end}`;
      if (inBin.length !== Number(bin.getAttribute('data-count')))
        problems.push(`${where} counts ${bin.getAttribute('data-count')}, holds ${inBin.length}`);
      const href = bin.getAttribute('href') ?? '';
      const [target = '', anchor = ''] = href.split('#');
      if (!target.startsWith(BASE)) {
        problems.push(`${where} links outside the base: ${href}`);
        continue;
      }
      let targetPage: HTMLElement;
      try {
        targetPage = pageAt(target.slice(BASE.length));
      } catch {
        problems.push(`${where} links to a missing page ${href}`);
        continue;
      }
      const held = targetPage.getElementById(anchor);
      const firstHeld = held && listEntries(held)[0]?.getAttribute('data-event-id');
      if (firstHeld !== inBin[0]?.id) problems.push(`${where} leads to ${firstHeld ?? 'nothing'}, not ${inBin[0]?.id}`);
    }
    const keyLinks = axis?.querySelectorAll('a[data-event-id]') ?? [];
    const keyIds = list.filter(({ importance }) => importance === 3).map(({ id }) => id);
    for (const link of keyLinks) {
      const id = link.getAttribute('data-event-id') ?? '';
      if (!keyIds.includes(id)) problems.push(`${pagePath}: ${id} is marked as a key event of the list`);
      if (link.getAttribute('href') !== `${BASE}events/${id}/`) problems.push(`${pagePath}: key event ${id} link`);
    }
    const onePage = listedEventIds(pageAt(pagePath)).length === list.length;
    if (onePage && keyLinks.length !== keyIds.length)
      problems.push(`${pagePath}: ${keyLinks.length} of the list's ${keyIds.length} key events are marked`);
    const span = list.length > 0 && {
      date: list.map(({ date }) => firstDay(date)).sort()[0] ?? '',
      end:
        list
          .map(({ date, end }) => lastDay(end ?? date))
          .sort()
          .at(-1) ?? '',
    };
    const expectedEras = span
      ? site.eras.filter((era) => firstDay(era.date) <= span.end && span.date <= lastDay(era.end)).map(({ id }) => id)
      : [];
    const eraLinks = axis?.querySelectorAll('a[data-era-id]') ?? [];
    const eraIds = eraLinks.map((link) => link.getAttribute('data-era-id'));
    if ([...eraIds].sort().join() !== [...expectedEras].sort().join())
      problems.push(`${pagePath}: eras ${eraIds.join()} instead of ${expectedEras.join()}`);
    for (const link of eraLinks) {
      if (link.getAttribute('href') !== `${BASE}eras/${link.getAttribute('data-era-id')}/`)
        problems.push(`${pagePath}: era link ${link.getAttribute('href')}`);
    }
  }
  return problems;
}

/** The events an era's pages list, all of its period pages together, in order. */
function eraListing(site: Site, id: string): string[] {
  return (
    axisPages(site.outDir)
      .filter((page) => page.startsWith(`eras/${id}/`))
      // `eras/x/` sorts before `eras/x/2005/`, and years and months sort in calendar order.
      .sort()
      .flatMap((page) => listedEventIds(parse(readFileSync(path.join(site.outDir, page, 'index.html'), 'utf8'))))
  );
}

let fixture: Site;
let generated: Site;

beforeAll(() => {
  fixture = siteOf(
    buildSite({ contentDir: FIXTURE_CONTENT, basePath: BASE, site: 'https://example.org' }),
    FIXTURE_ERAS,
  );
  const content = temporaryFolder('timeline-axis-content-');
  generateContent(content, { events: 900, actors: 40, places: 20 });
  mkdirSync(path.join(content, 'eras'));
  for (const era of GENERATED_ERAS) {
    writeFileSync(
      path.join(content, 'eras', `${era.id}.md`),
      `---\ntitle: Era ${era.id}\ndate: '${era.date}'\nend: '${era.end}'\nsummary: A generated era.\n---\n\nAccount.\n`,
    );
  }
  cpSync(path.join(FIXTURE_CONTENT, 'eras', 'march-talks.md'), path.join(content, 'eras', 'march-talks.md'));
  generated = siteOf(
    buildSite({ contentDir: content, basePath: BASE, site: 'https://example.org' }),
    GENERATED_ERAS.concat(FIXTURE_ERAS[1] as EraSpan),
  );
}, 600_000);

describe('the time axis on every list', () => {
  test('the timeline and every actor, place, tag and era page have one', () => {
    const pages = axisPages(fixture.outDir);
    for (const page of ['', 'actors/volodymyr-zelenskyy/', 'places/kyiv/', 'tags/diplomacy/', 'eras/march-talks/'])
      expect(pages).toContain(page);
  });

  test('counts add up, every link leads to the first event of its period, key events and eras are linked (fixture)', () => {
    expect(axisProblems(fixture)).toEqual([]);
  });

  test('the same holds on split lists, whose periods link to their period pages (generated archive)', () => {
    expect(axisPages(generated.outDir).some((page) => page.startsWith('timeline/'))).toBe(true);
    expect(axisProblems(generated)).toEqual([]);
  });

  test('a 1991 event far from the rest gives a year axis from 1991 with empty years between', () => {
    const axis = parse(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).querySelector('[data-time-axis]');
    const bins = axis?.querySelectorAll('a[data-bin-start]').map((bin) => bin.getAttribute('data-bin-start'));
    expect(bins).toEqual(['1991', '2021', '2022']);
    expect(axis?.querySelector('.axis-summary')?.text).toBe('12 events from 1991 to 2022, counted by year.');
    expect(axis?.querySelector('a[data-bin-start="2022"]')?.text).toBe('2022, 10 events');
  });

  test('an axis adds at most 20 KB to a page', () => {
    for (const site of [fixture, generated]) {
      for (const page of axisPages(site.outDir)) {
        const html = readFileSync(path.join(site.outDir, page, 'index.html'), 'utf8');
        const axis = html.slice(
          html.indexOf('<nav class="time-axis"'),
          html.indexOf('</nav>', html.indexOf('data-time-axis')),
        );
        expect(Buffer.byteLength(axis), page).toBeLessThan(20_000);
      }
    }
  });
});

describe('eras', () => {
  test('an era page lists exactly its events, in timeline order, across its period pages', () => {
    for (const site of [fixture, generated]) {
      for (const era of site.eras) {
        const expected = site.events.filter((event) => overlaps(event, era)).map(({ id }) => id);
        expect(eraListing(site, era.id), era.id).toEqual(expected);
      }
    }
    expect(eraListing(fixture, 'march-talks')).toEqual([
      '2022-03-approximate',
      '2022-03-month-precision',
      '2022-03-10-two-day-summit',
      '2022-03-19-a-quoted',
      '2022-03-19-b-call',
      '2022-03-19-timed-early',
      '2022-03-19-timed-late',
    ]);
  });

  test('the era index lists every era in order with its dates and number of events', () => {
    const index = parse(readFileSync(path.join(fixture.outDir, 'eras/index.html'), 'utf8'));
    expect(index.querySelectorAll('.era-index h2 a').map((link) => link.getAttribute('href'))).toEqual([
      '/tl/eras/soviet-end/',
      '/tl/eras/march-talks/',
      '/tl/eras/spring-crisis/',
    ]);
    expect(index.querySelector('.era-index li:nth-child(3) .event-meta')?.text.trim()).toBe(
      '15 March 2022 – April 2022 · 8 events',
    );
  });

  test('an era page shows its account, and the timeline marks where each era begins', () => {
    const page = parse(readFileSync(path.join(fixture.outDir, 'eras/march-talks/index.html'), 'utf8'));
    expect(page.querySelector('h1')?.text).toBe('The March talks');
    expect(page.querySelector('.prose')?.text).toContain('An account of the March talks');
    const timeline = parse(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8'));
    const dayAfter = (band: HTMLElement | null): string | undefined =>
      band?.getAttribute('data-day') ?? (band ? dayAfter(band.nextElementSibling) : undefined);
    const openings = timeline
      .querySelectorAll('[data-era-start]')
      .map((band) => [band.getAttribute('data-era-start'), dayAfter(band.nextElementSibling)]);
    expect(openings).toEqual([
      ['soviet-end', '1991'],
      ['march-talks', '2022-03'],
      ['spring-crisis', '2022-03'],
    ]);
  });

  test('an event page links the eras it belongs to', () => {
    const page = parse(readFileSync(path.join(fixture.outDir, 'events/2022-03-19-b-call/index.html'), 'utf8'));
    expect(page.querySelectorAll('.event-eras a').map((link) => link.getAttribute('href'))).toEqual([
      '/tl/eras/march-talks/',
      '/tl/eras/spring-crisis/',
    ]);
    const outside = parse(readFileSync(path.join(fixture.outDir, 'events/2022-01-01-new-year/index.html'), 'utf8'));
    expect(outside.querySelector('.event-eras')).toBeNull();
  });
});

describe('in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic({ root: generated.outDir, base: BASE, port: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const focusedBin = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-bin-start'));

  test('arrow keys move along the periods with one tab stop, and Enter moves the list there', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}actors/${generated.events[0]?.actors[0] ?? ''}/`);
    const starts = await page
      .locator('[data-time-axis] a[data-bin-start]')
      .evaluateAll((bins) => bins.map((bin) => bin.getAttribute('data-bin-start')));
    expect(await page.locator('[data-time-axis] a[data-bin-start][tabindex="0"]').count()).toBe(1);
    await page.locator('[data-time-axis] a[data-bin-start]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedBin(page)).toBe(starts[1]);
    await page.keyboard.press('End');
    expect(await focusedBin(page)).toBe(starts.at(-1));
    await page.keyboard.press('ArrowLeft');
    expect(await focusedBin(page)).toBe(starts.at(-2));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.endsWith(href.slice(BASE.length - 1).replace(/^\//, '')));
    const anchor = href.split('#')[1] ?? '';
    await expect
      .poll(() => page.locator(`[id="${anchor}"]`).evaluate((day) => day.getBoundingClientRect().top))
      .toBeLessThan(page.viewportSize()?.height ?? 0);
    await page.close();
  });

  test('the period on screen is highlighted as the list scrolls, and the axis stays in view', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}actors/${generated.events[0]?.actors[0] ?? ''}/`);
    const days = await page
      .locator('.event-list [data-day]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-day') ?? ''));
    for (const day of [days[Math.floor(days.length / 2)], days.at(-1)]) {
      await page.locator(`[data-day="${day}"]`).evaluate((section) => section.scrollIntoView());
      await page.mouse.wheel(0, 1);
      const current = page.locator('[data-time-axis] a[aria-current="location"]');
      await expect
        .poll(async () => {
          const range = await current.evaluate((bin) => [
            bin.getAttribute('data-bin-start'),
            bin.getAttribute('data-bin-end'),
          ]);
          return firstDay(range[0] ?? '') <= firstDay(day ?? '') && firstDay(day ?? '') <= lastDay(range[1] ?? '');
        })
        .toBe(true);
      const axisTop = await page.locator('[data-time-axis]').evaluate((axis) => axis.getBoundingClientRect().top);
      expect(axisTop).toBe(0);
    }
    await page.close();
  });

  test('hovering or focusing a key event shows its title', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const mark = page.locator('[data-time-axis] a[data-event-id]').first();
    const tip = mark.locator('.axis-tip');
    expect((await tip.boundingBox())?.width ?? 0).toBeLessThan(2);
    await mark.focus();
    expect((await tip.boundingBox())?.width ?? 0).toBeGreaterThan(40);
    expect(await tip.textContent()).toMatch(/^Key event: /);
    await page.mouse.move(0, 0);
    await mark.blur();
    await mark.hover();
    expect((await tip.boundingBox())?.width ?? 0).toBeGreaterThan(40);
    await page.close();
  });

  test('right to left, time runs from right to left and the left arrow moves forward', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const bins = page.locator('[data-time-axis] a[data-bin-start]');
    const [first, last] = [await bins.first().boundingBox(), await bins.last().boundingBox()];
    expect(first?.x ?? 0).toBeGreaterThan(last?.x ?? 0);
    await bins.first().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedBin(page)).toBe(await bins.nth(1).getAttribute('data-bin-start'));
    await page.close();
  });

  test('without JavaScript the axis shows with all of its links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    const axis = page.locator('[data-time-axis]');
    expect(await axis.isVisible()).toBe(true);
    const bins = await axis.locator('a[data-bin-start]').count();
    expect(bins).toBeGreaterThan(10);
    expect(await axis.locator('a[data-bin-start]:visible').count()).toBe(bins);
    expect(await axis.locator('a[data-era-id]:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('on a phone the first screen of the timeline shows the axis and the first headline', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(server.url);
      const axis = await page.locator('[data-time-axis]').boundingBox();
      const headline = await page.locator('.event-list [data-event-id] h4').first().boundingBox();
      expect((axis?.y ?? 900) + (axis?.height ?? 0)).toBeLessThanOrEqual(844);
      expect((headline?.y ?? 900) + (headline?.height ?? 0)).toBeLessThanOrEqual(844);
      await context.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation on the axis pages (${scheme})`, async () => {
      for (const pagePath of ['', 'eras/', 'eras/first-decade/', `tags/${generated.events[0]?.tags[0] ?? ''}/`]) {
        const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
        await page.goto(`${server.url}${pagePath}`);
        // With a tip open, as a keyboard user sees it (the era index has no axis).
        const bin = page.locator('[data-time-axis] a[data-bin-start]').first();
        if ((await bin.count()) > 0) await bin.focus();
        const violations = await seriousViolations(page);
        expect(violations, pagePath).toEqual([]);
        await page.close();
      }
    });
  }
});
