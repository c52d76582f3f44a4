/**
 * The site in other languages (`SITE_LANGUAGE`): the edition built once in Ukrainian and once in
 * Arabic (right to left), checked in their HTML and in headless Chromium; the fixture content built
 * in French, German and Spanish on build machines in two extreme time zones; and an unsupported
 * language refused with the supported list.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import type { LanguageCode } from '../../src/lib/messages';
import { buildEnvironment, buildSiteAsync, FIXTURE_CONTENT, PROJECT_ROOT, runBuild } from './support/build-site';
import { listedEventIds, readPage } from './support/html';
import { contentStrings, englishInterfaceText } from './support/interface-language';

const SEED_EVENT = '2022-03-18-macron-putin-call';
const EDITION_CONTENT = contentStrings(path.join(PROJECT_ROOT, 'content'));
/** The pages a reader meets first, and the ones made of interface strings alone. */
const MAIN_PAGES = [
  '',
  `events/${SEED_EVENT}/`,
  'actors/',
  'actors/emmanuel-macron/',
  'places/',
  'places/mariupol/',
  'tags/',
  'tags/diplomacy/',
  'eras/',
  'eras/2022-istanbul-talks-and-bucha/',
  'corrections/',
  'embed/',
  'search/',
  '404.html',
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Served {
  outDir: string;
  url: string;
  close: () => Promise<void>;
}

async function buildAndServe(language: LanguageCode): Promise<Served> {
  const outDir = await buildSiteAsync({ language });
  const server = await serveStatic({ root: outDir, base: '/', port: 0 });
  return { outDir, url: server.url, close: () => server.close() };
}

/** Event ids among the links of the search results shown. */
async function searchResults(site: Served, query: string): Promise<{ page: Page; ids: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results li').first().waitFor();
  const hrefs = await page
    .locator('#search-results h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { page, ids: hrefs.flatMap((href) => /\/events\/([^/]+)\/$/.exec(href)?.[1] ?? []) };
}

function zelenskyyEvents(outDir: string): string[] {
  const { events } = JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as {
    events: { id: string; actors: string[] }[];
  };
  return events.filter(({ actors }) => actors.includes('volodymyr-zelenskyy')).map(({ id }) => id);
}

function cardDate(outDir: string, page: string, id: string): string | undefined {
  return readPage(outDir, page).querySelector(`[data-event-id="${id}"] time`)?.text;
}

describe('the edition in Ukrainian', () => {
  const LANGUAGE = 'uk';
  let site: Served;

  beforeAll(async () => {
    site = await buildAndServe(LANGUAGE);
  });

  afterAll(async () => {
    await site?.close();
  });

  test('every main page says <html lang="uk" dir="ltr">', () => {
    for (const page of MAIN_PAGES) {
      const html = readPage(site.outDir, page).querySelector('html');
      expect([page, html?.getAttribute('lang'), html?.getAttribute('dir')]).toEqual([page, 'uk', 'ltr']);
    }
  });

  test('the timeline heads months and days in Ukrainian, days in the genitive', () => {
    const timeline = readPage(site.outDir, '');
    const headings = timeline.querySelectorAll('.month > h2').map((heading) => heading.text);
    expect(headings).toContain('Березень 2022');
    const dayHeadings = timeline.querySelectorAll('.day time').map((time) => time.text);
    expect(dayHeadings).toContain('П’ятниця, 18 березня 2022');
    expect(cardDate(site.outDir, '', SEED_EVENT)).toBe('18 березня 2022');
    expect(timeline.querySelector('.stats')?.text).toMatch(/з \d+ подій на цій сторінці/);
  });

  test('an event page shows its date, labels and sources heading in Ukrainian', () => {
    const event = readPage(site.outDir, `events/${SEED_EVENT}/`);
    expect(event.querySelector('.event-meta time')?.text).toBe('18 березня 2022');
    expect(event.querySelector('#sources-heading')?.text).toBe('Джерела');
    expect(event.querySelector('.entity-links dt')?.text).toBe('Учасники');
    expect(event.querySelector('.event-neighbours')?.getAttribute('aria-label')).toBe('Попередня і наступна події');
  });

  test('no English interface text is left on the main pages', () => {
    for (const page of MAIN_PAGES) {
      expect([page, englishInterfaceText(readPage(site.outDir, page), EDITION_CONTENT, LANGUAGE)]).toEqual([page, []]);
    }
  });

  test.each(['Zelensky', 'Зеленський'])('search finds Zelenskyy’s events by %s', async (query) => {
    const { page, ids } = await searchResults(site, query);
    const his = zelenskyyEvents(site.outDir);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.filter((id) => his.includes(id))).toEqual(ids);
    expect(await page.locator('#search-status').textContent()).toMatch(/результат(и|ів)? за запитом/);
    await page.close();
  });
});

describe('the edition in Arabic, right to left', () => {
  const LANGUAGE = 'ar';
  let site: Served;

  beforeAll(async () => {
    site = await buildAndServe(LANGUAGE);
  });

  afterAll(async () => {
    await site?.close();
  });

  test('every main page says <html lang="ar" dir="rtl">', () => {
    for (const page of MAIN_PAGES) {
      const html = readPage(site.outDir, page).querySelector('html');
      expect([page, html?.getAttribute('lang'), html?.getAttribute('dir')]).toEqual([page, 'ar', 'rtl']);
    }
  });

  test('dates and labels are in Arabic; English titles keep their own direction', () => {
    const timeline = readPage(site.outDir, '');
    expect(timeline.querySelectorAll('.month > h2').map((heading) => heading.text)).toContain('مارس 2022');
    expect(cardDate(site.outDir, '', SEED_EVENT)).toBe('18 مارس 2022');
    const card = timeline.querySelector(`[data-event-id="${SEED_EVENT}"]`);
    expect(card?.querySelector('h4')?.getAttribute('dir')).toBe('auto');
    const event = readPage(site.outDir, `events/${SEED_EVENT}/`);
    expect(event.querySelector('.event-meta time')?.text).toBe('18 مارس 2022');
    expect(event.querySelector('h1')?.getAttribute('dir')).toBe('auto');
    expect(event.querySelector('#sources-heading')?.text).toBe('المصادر');
  });

  test('no English interface text is left on the main pages', () => {
    for (const page of MAIN_PAGES) {
      expect([page, englishInterfaceText(readPage(site.outDir, page), EDITION_CONTENT, LANGUAGE)]).toEqual([page, []]);
    }
  });

  const LAYOUT_PAGES = ['', `events/${SEED_EVENT}/`, 'actors/', 'actors/volodymyr-zelenskyy/', 'places/mariupol/'];
  for (const width of [360, 1280]) {
    test.each(LAYOUT_PAGES)(`/%s runs right to left without horizontal overflow at ${width} px`, async (pagePath) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.url}${pagePath}`);
      const layout = await page.evaluate(() => ({
        direction: getComputedStyle(document.body).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // The navigation starts at the right edge, as Arabic reads.
        navigationStartsRight:
          (document.querySelector('.site-title')?.getBoundingClientRect().right ?? 0) >
          document.documentElement.clientWidth / 2,
      }));
      expect(layout).toEqual({ direction: 'rtl', overflow: 0, navigationStartsRight: true });
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test.each(['', `events/${SEED_EVENT}/`, 'actors/emmanuel-macron/', 'search/?q=Macron'])(
      `/%s has no serious or critical axe violations (${scheme})`,
      async (pagePath) => {
        // axe-core is injected as an inline script, which the site's own policy rightly blocks.
        const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
        await page.goto(`${site.url}${pagePath}`);
        if (pagePath.startsWith('search')) await page.locator('#search-results li').first().waitFor();
        const violations = await seriousViolations(page);
        expect(violations).toEqual([]);
        await page.close();
      },
    );
  }

  test('search finds an event by a name in Latin letters', async () => {
    const { page, ids } = await searchResults(site, 'Macron Mariupol');
    expect(ids).toContain(SEED_EVENT);
    expect(await page.locator('#search-status').textContent()).toMatch(/لـ«Macron Mariupol»/);
    await page.close();
  });
});

describe.each<{ language: LanguageCode; timeZone: string; heading: string; range: string }>([
  { language: 'fr', timeZone: 'Pacific/Honolulu', heading: 'Samedi 19 mars 2022', range: '10–11 mars 2022' },
  { language: 'de', timeZone: 'Pacific/Kiritimati', heading: 'Samstag, 19. März 2022', range: '10.–11. März 2022' },
  {
    language: 'es',
    timeZone: 'Pacific/Honolulu',
    heading: 'Sábado, 19 de marzo de 2022',
    range: '10–11 de marzo de 2022',
  },
])('the fixture content in $language (TZ=$timeZone)', ({ language, timeZone, heading, range }) => {
  let outDir: string;

  beforeAll(async () => {
    outDir = await buildSiteAsync({ contentDir: FIXTURE_CONTENT, timeZone, language });
  });

  test('builds with the language on <html>, dates in the language and no English interface text', () => {
    const timeline = readPage(outDir, '');
    expect(timeline.querySelector('html')?.getAttribute('lang')).toBe(language);
    expect(listedEventIds(timeline)).toContain('2022-03-19-b-call');
    expect(timeline.querySelectorAll('.day time').map((time) => time.text)).toContain(heading);
    expect(cardDate(outDir, '', '2022-03-10-two-day-summit')).toBe(range);
    const content = contentStrings(FIXTURE_CONTENT);
    for (const page of ['', 'events/2022-03-10-two-day-summit/', 'actors/', 'search/']) {
      expect([page, englishInterfaceText(readPage(outDir, page), content, language)]).toEqual([page, []]);
    }
  });

  test('an entry written in another language carries its lang on its text, never on <html>', () => {
    const event = readPage(outDir, 'events/2022-03-20-east-of-utc/');
    expect(event.querySelector('html')?.getAttribute('lang')).toBe(language);
    expect(event.querySelector('h1')?.getAttribute('lang')).toBe('uk');
    expect(event.querySelector('.lede')?.getAttribute('lang')).toBe('uk');
    expect(event.querySelector('.account')?.getAttribute('lang')).toBe('uk');
  });
});

describe('an unsupported SITE_LANGUAGE', () => {
  const SUPPORTED = /SITE_LANGUAGE "xx" is not a supported language\. Supported: en, uk, fr, de, es, ar\./;

  test('stops the build with the list of supported languages', () => {
    const result = runBuild({ contentDir: FIXTURE_CONTENT, language: 'xx' });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(SUPPORTED);
  });

  test('stops `npm run check` with the same message', () => {
    const result = spawnSync('npm', ['run', 'check'], {
      cwd: PROJECT_ROOT,
      env: { ...buildEnvironment(), SITE_LANGUAGE: 'xx', CONTENT_DIR: FIXTURE_CONTENT },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(SUPPORTED);
  });
});
