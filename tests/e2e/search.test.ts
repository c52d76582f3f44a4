/**
 * Search and timeline filtering in headless Chromium, against the real edition built under a
 * sub-path (`BASE_PATH=/tl/`) and served from 127.0.0.1, plus axe-core accessibility checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { buildSite } from './support/build-site';
import { listedEventIds, readPage } from './support/html';

interface PublicEvent {
  id: string;
  actors: string[];
  places: string[];
  tags: string[];
}

const SEED_EVENT = '2022-03-18-macron-putin-call';

let outDir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let events: PublicEvent[];

beforeAll(async () => {
  outDir = buildSite({ basePath: '/tl/', site: 'https://example.org' });
  events = (JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as { events: PublicEvent[] }).events;
  server = await serveStatic({ root: outDir, base: '/tl/', port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const eventsOf = (field: 'actors' | 'places', id: string) =>
  events.filter((event) => event[field].includes(id)).map((event) => event.id);

/** The edition outgrew one page: `/` holds its first period, and the filter works on what `/` lists. */
const onTimelinePage = (ids: string[]) => {
  const listed = new Set(listedEventIds(readPage(outDir, '')));
  return ids.filter((id) => listed.has(id));
};

async function openSearch(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page
    .locator('#search-status')
    .filter({ hasText: /result/ })
    .waitFor();
  return page;
}

/** Event ids among the links of the results shown. */
async function resultEventIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.flatMap((href) => /\/tl\/events\/([^/]+)\/$/.exec(href)?.[1] ?? []);
}

describe('search', () => {
  test('a word search finds the seed event and links it under the base path', async () => {
    const page = await openSearch('Mariupol siege Macron');
    expect(await resultEventIds(page)).toContain(SEED_EVENT);
    await page.close();
  });

  test.each(['Zelensky', 'Zelenskiy', 'Зеленський'])(
    'the alias %s finds the events of Volodymyr Zelenskyy',
    async (alias) => {
      const page = await openSearch(alias);
      const found = await resultEventIds(page);
      const his = eventsOf('actors', 'volodymyr-zelenskyy');
      expect(found.length).toBeGreaterThanOrEqual(10);
      expect(found.filter((id) => his.includes(id))).toEqual(found);
      await page.close();
    },
  );

  test('a place name in another script finds the events at that place', async () => {
    const page = await openSearch('Маріуполь');
    const found = await resultEventIds(page);
    expect(found).toContain(SEED_EVENT);
    expect(found.every((id) => eventsOf('places', 'mariupol').includes(id))).toBe(true);
    await page.close();
  });

  test('an actor filter narrows the results to that actor', async () => {
    const page = await openSearch('summit');
    const before = await page.locator('#search-status').textContent();
    await page.getByRole('checkbox', { name: /^Emmanuel Macron \(\d+\)$/ }).check();
    await page.waitForURL(/actor=Emmanuel\+Macron/);
    await page
      .locator('#search-status')
      .filter({ hasNotText: before ?? '' })
      .waitFor();
    const found = await resultEventIds(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => eventsOf('actors', 'emmanuel-macron').includes(id))).toBe(true);
    await page.close();
  });

  test('the URL follows the query as the reader types, and the box has focus on load', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Kherson');
    await expect.poll(() => page.url()).toMatch(/\/tl\/search\/\?q=Kherson$/);
    await page
      .locator('#search-status')
      .filter({ hasText: /result.*Kherson/ })
      .waitFor();
    expect(await resultEventIds(page)).toContain('2022-11-11-ukrainian-forces-enter-kherson');
    await page.close();
  });

  test('the back button returns to the previous search', async () => {
    const page = await openSearch('Kherson');
    await page.locator('#search-input').fill('Mariupol');
    await page.keyboard.press('Enter');
    await page
      .locator('#search-status')
      .filter({ hasText: /Mariupol/ })
      .waitFor();
    await page.goBack();
    await page
      .locator('#search-status')
      .filter({ hasText: /Kherson/ })
      .waitFor();
    expect(await page.inputValue('#search-input')).toBe('Kherson');
    await page.close();
  });

  test('sorting by date lists event results in timeline order', async () => {
    const page = await openSearch('grain');
    await page.selectOption('#search-sort', 'date-asc');
    await page.waitForURL(/sort=date-asc/);
    await page.waitForTimeout(300);
    const found = await resultEventIds(page);
    const order = events.map(({ id }) => id);
    expect(found.length).toBeGreaterThan(2);
    expect([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(found);
    await page.close();
  });

  test('the header search form of any page leads to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}actors/`);
    await page.getByRole('combobox', { name: /search events, people and places/i }).fill('Erdogan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tl\/search\/\?q=Erdogan/);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await resultEventIds(page)).toContain('2022-08-18-erdogan-guterres-zelenskyy-lviv');
    await page.close();
  });
});

describe('timeline filtering', () => {
  test('narrows the timeline to one actor without leaving the page, with the filter in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('#timeline-filter summary').click();
    await page.getByLabel('Actor').selectOption('emmanuel-macron');
    await page.waitForURL(/\?actor=emmanuel-macron/);
    const visible = await page
      .locator('.event-list li:visible [data-event-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-event-id')));
    expect(visible).toEqual(onTimelinePage(eventsOf('actors', 'emmanuel-macron')));
    const emptyDays = await page
      .locator('.event-list .day:visible')
      .evaluateAll((days) => days.filter((day) => !day.querySelector('.events > li:not([hidden])')).length);
    expect(emptyDays).toBe(0);
    const total = await page.locator('.event-list [data-event-id]').count();
    await expect
      .poll(() => page.locator('.filter-status').textContent())
      .toBe(`${String(visible.length)} of ${String(total)} events shown.`);
    await page.close();
  });

  test('opens with the filter from the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?place=mariupol`);
    const visible = await page.locator('.event-list li:visible [data-event-id]').count();
    expect(visible).toBe(onTimelinePage(eventsOf('places', 'mariupol')).length);
    await page.close();
  });

  test('without JavaScript the whole timeline shows and the filter form stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    const shown = await page
      .locator('.event-list [data-event-id]:visible')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-event-id')));
    expect(shown).toEqual(onTimelinePage(events.map(({ id }) => id)));
    expect(await page.locator('#timeline-filter').isVisible()).toBe(false);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  test('the policy in _headers is served and nothing on the site violates it, search included', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${server.url}search/?q=Mariupol`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    await page.goto(`${server.url}?actor=emmanuel-macron`);
    await expect.poll(() => page.locator('.filter-status').textContent()).toMatch(/events shown/);
    await page.goto(`${server.url}events/${SEED_EVENT}/`);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const pages = ['', 'search/?q=Macron', `events/${SEED_EVENT}/`, 'actors/volodymyr-zelenskyy/', 'places/mariupol/'];
  for (const scheme of ['light', 'dark'] as const) {
    test.each(pages)(`/tl/%s has no serious or critical violations (${scheme})`, async (pagePath) => {
      const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
      await page.goto(`${server.url}${pagePath}`);
      if (pagePath.startsWith('search'))
        await page
          .locator('#search-status')
          .filter({ hasText: /result/ })
          .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
