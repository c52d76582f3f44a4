/**
 * Search that forgives, in headless Chromium against the real edition under `BASE_PATH=/tl/`:
 * readers' misspellings, other transliterations and partial names lead to the right page among
 * the first five links of the results, and the suggestions combobox works by keyboard alone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { buildSite } from './support/build-site';

/** Queries as readers type them, and the page each is after. */
const READER_QUERIES: [query: string, page: string][] = [
  ['Mariupl', 'places/mariupol/'],
  ['Marioupol', 'places/mariupol/'],
  ['Sholz', 'actors/olaf-scholz/'],
  ['Scholtz', 'actors/olaf-scholz/'],
  ['Stoltenburg', 'actors/jens-stoltenberg/'],
  ['Macon', 'actors/emmanuel-macron/'],
  ['Makron', 'actors/emmanuel-macron/'],
  ['Kyev', 'places/kyiv/'],
  ['Istambul', 'places/istanbul/'],
  ['Zelenski', 'actors/volodymyr-zelenskyy/'],
  ['Kharkov', 'places/kharkiv/'],
  ['Odessa', 'places/odesa/'],
  ['von der Leyen', 'actors/ursula-von-der-leyen/'],
  ['Von der Layen', 'actors/ursula-von-der-leyen/'],
  ['Leyen', 'actors/ursula-von-der-leyen/'],
  ['Erdogan', 'actors/recep-tayyip-erdogan/'],
  ['Cavusoglu', 'actors/mevlut-cavusoglu/'],
  ['Gutteres', 'actors/antonio-guterres/'],
  ['Lavrof', 'actors/sergey-lavrov/'],
  ['Blinkin', 'actors/antony-blinken/'],
  ['Lukashenka', 'actors/alexander-lukashenko/'],
  ['Shoygu', 'actors/sergei-shoigu/'],
  ['Nebenzia', 'actors/vasily-nebenzya/'],
  ['Zaporozhye', 'places/zaporizhzhia/'],
  ['Herson', 'places/kherson/'],
  ['Lvov', 'places/lviv/'],
  ['Boris Jonson', 'actors/boris-johnson/'],
  ['Niinisto', 'actors/sauli-niinisto/'],
  ['Poutine', 'actors/vladimir-putin/'],
  ['Butcha', 'places/bucha/'],
  ['Мариуполь', 'places/mariupol/'],
  ['Шольц', 'actors/olaf-scholz/'],
];

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  const outDir = buildSite({ basePath: '/tl/', site: 'https://example.org' });
  server = await serveStatic({ root: outDir, base: '/tl/', port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(page: Page, query: string) {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page
    .locator('#search-status')
    .filter({ hasText: /result/i })
    .waitFor();
}

/** The first links of the results as a reader meets them: inside <main>, outside any form, in order. */
async function firstResultLinks(page: Page, count = 5): Promise<string[]> {
  const hrefs = await page
    .locator('main a')
    .evaluateAll((links) =>
      links.filter((link) => !link.closest('form, noscript')).map((link) => link.getAttribute('href') ?? ''),
    );
  return hrefs.slice(0, count).map((href) => href.replace(/^\/tl\//, ''));
}

describe('search forgives how readers spell names', () => {
  test('at least 30 of the readers’ queries put the page they want among the first five links', async () => {
    const page = await browser.newPage();
    const misses: string[] = [];
    for (const [query, expected] of READER_QUERIES) {
      await openSearch(page, query);
      const links = await firstResultLinks(page);
      if (!links.includes(expected)) misses.push(`${query} → ${expected}, got ${links.join(' ')}`);
    }
    await page.close();
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(READER_QUERIES.length - 30);
  });

  test('a misspelt name says so and shows the results for the name, not weak partial matches', async () => {
    const page = await browser.newPage();
    await openSearch(page, 'Mariupl');
    await expect
      .poll(() => page.locator('#search-correction').textContent())
      .toBe('No results for “Mariupl”. Showing results for Mariupol.');
    expect(await page.locator('#search-status').textContent()).toMatch(/results for “Mariupol”/);
    const links = await firstResultLinks(page);
    expect(links[0]).toBe('places/mariupol/');
    expect(links.slice(1).every((href) => href.startsWith('places/mariupol/') || href.startsWith('events/'))).toBe(
      true,
    );
    expect(await page.locator('#search-results').textContent()).not.toMatch(/Liz Truss/);
    await page.close();
  });

  test('a name opens the results with its card: name, role and number of events', async () => {
    const page = await browser.newPage();
    await openSearch(page, 'Scholz');
    const card = page.locator('#search-entities li').first();
    expect(await card.getByRole('link').getAttribute('href')).toBe('/tl/actors/olaf-scholz/');
    expect(await card.textContent()).toMatch(/Olaf Scholz\s*Chancellor of Germany · \d+ events/);
    expect(await page.locator('#search-correction').textContent()).toBe('');
    await page.close();
  });

  test('a word that is no name and in no page says so', async () => {
    const page = await browser.newPage();
    await openSearch(page, 'Xqzvyt');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “Xqzvyt”.');
    expect(await firstResultLinks(page)).toEqual([]);
    await page.close();
  });
});

describe('suggestions as you type', () => {
  test('work by keyboard alone: Tab to the box, type, arrow down, Enter opens the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}actors/`);
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'header-search-input')) break;
    }
    const box = page.getByRole('combobox', { name: 'Search events, people and places' });
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Stoltenburg');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().textContent()).toMatch(/Jens Stoltenberg.*Secretary General of NATO.* · \d+ events/);
    await expect.poll(() => page.locator('[data-combobox-status]').first().textContent()).toMatch(/^\d+ suggestions?/);
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tl\/actors\/jens-stoltenberg\/$/);
    await page.close();
  });

  test('Escape closes the list, the arrows wrap around, and Enter without a choice searches', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const box = page.getByRole('combobox', { name: 'Search events, people and places' });
    await box.focus();
    await page.keyboard.type('Ser');
    // The timeline's filter has options of its own: count those of the suggestions list only.
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await options.first().waitFor();
    const count = await options.count();
    expect(count).toBeGreaterThan(1);
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(`header-search-input-suggestions-${count - 1}`);
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox', { name: 'Suggestions' }).isVisible()).toBe(false);
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tl\/search\/\?q=Ser$/);
    await page.close();
  });

  test('a suggestion can be tapped or clicked, and names in other scripts are suggested', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.keyboard.type('Маріуп');
    await page.getByRole('option', { name: /Mariupol/ }).click();
    await page.waitForURL(/\/tl\/places\/mariupol\/$/);
    await page.close();
  });

  test('without JavaScript the header form is a plain search form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}actors/`);
    const box = page.getByRole('searchbox', { name: 'Search events, people and places' });
    await box.fill('Kharkov');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tl\/search\/\?q=Kharkov$/);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the open list has no serious or critical axe violations (${scheme})`, async () => {
      const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
      await page.goto(`${server.url}search/?q=Mariupl`);
      await page
        .locator('#search-status')
        .filter({ hasText: /result/ })
        .waitFor();
      await page.getByRole('combobox', { name: 'Search events, people and places' }).first().focus();
      await page.keyboard.type('Zelen');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
