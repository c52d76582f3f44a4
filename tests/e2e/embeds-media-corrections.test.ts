/**
 * Embeds, media and corrections on the fixture content built under `BASE_PATH=/tl/`: which pages
 * other sites may frame (per the served `_headers`, in Chromium), where embed links open, the
 * optimised image of an event, and the corrections page, feed and JSON against the content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { buildSite, FIXTURE_CONTENT } from './support/build-site';

const SITE = 'https://example.org';
const SUMMIT = '2022-03-10-two-day-summit';
const EMBEDS = ['embed/', 'embed/actors/emmanuel-macron/', 'embed/places/kyiv/', 'embed/tags/summit/'];

let outDir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let host: { server: Server; url: string };
let browser: Browser;

/** A page of another origin that frames `src` and records the heights the frame posts. */
const HOST_PAGE = (src: string) => `<!doctype html><title>Host</title>
<iframe id="frame" src="${src}" title="Embedded timeline" width="600" height="200"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (event) => {
    if (event.data && event.data.type === 'news-timeline:height') window.heights.push(event.data.height);
  });
</script>`;

beforeAll(async () => {
  outDir = buildSite({ contentDir: FIXTURE_CONTENT, basePath: '/tl/', site: SITE });
  server = await serveStatic({ root: outDir, base: '/tl/', port: 0 });
  // `localhost` and 127.0.0.1 are different origins: the host page frames the site cross-origin.
  const hostServer = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(HOST_PAGE(src));
  });
  await new Promise<void>((resolve) => hostServer.listen(0, 'localhost', resolve));
  const address = hostServer.address();
  host = { server: hostServer, url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/` };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const htmlOf = (file: string) => parse(read(file));

/**
 * Opens the host page framing `pagePath` of the site. `shown` is whether the site's page rendered in
 * the frame: a refused frame holds Chromium's error page instead, at another address.
 */
async function frame(pagePath: string): Promise<{ page: Page; shown: boolean }> {
  const page = await browser.newPage();
  await page.goto(`${host.url}?src=${encodeURIComponent(`${server.url}${pagePath}`)}`);
  await page.waitForLoadState('load');
  const framed = page.frames().find((child) => child !== page.mainFrame());
  const shown =
    framed !== undefined &&
    framed.url() === `${server.url}${pagePath}` &&
    (await framed.locator('[data-event-id], .site-header').count()) > 0;
  return { page, shown };
}

describe('framing, per the headers the server sends from _headers', () => {
  test.each(EMBEDS)('another site may frame /tl/%s', async (pagePath) => {
    const response = await fetch(`${server.url}${pagePath}`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    const { page, shown } = await frame(pagePath);
    expect(shown).toBe(true);
    await page.close();
  });

  test.each(['', `events/${SUMMIT}/`, 'actors/emmanuel-macron/', 'corrections/', 'search/'])(
    'no other site may frame /tl/%s',
    async (pagePath) => {
      const response = await fetch(`${server.url}${pagePath}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      const { page, shown } = await frame(pagePath);
      expect(shown).toBe(false);
      await page.close();
    },
  );

  test('an embed tells the page that frames it its height', async () => {
    const { page } = await frame('embed/');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
      .toBeGreaterThan(200);
    await page.close();
  });

  test('a link in an embed opens in the top window, not inside the frame', async () => {
    const { page } = await frame('embed/places/kyiv/');
    const framed = page.frames().find((child) => child !== page.mainFrame());
    await framed?.locator(`a[href="/tl/events/${SUMMIT}/"]`).first().click();
    await page.waitForURL(`${server.url}events/${SUMMIT}/`);
    expect(page.url()).toBe(`${server.url}events/${SUMMIT}/`);
    await page.close();
  });
});

describe('embed pages', () => {
  test.each(EMBEDS)(
    '/tl/%s is compact, noindex, targets the top window and links back to the full list',
    (pagePath) => {
      const document = htmlOf(`${pagePath}index.html`);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(document.querySelector('base')?.getAttribute('target')).toBe('_top');
      // No site header, navigation or search form: only the time axis and the list.
      expect(document.querySelectorAll('.site-header, form, .skip-link')).toHaveLength(0);
      expect(document.querySelector('[data-time-axis]')).not.toBeNull();
      expect(document.querySelectorAll('[data-event-id]').length).toBeGreaterThan(0);
      expect(document.querySelector('.embed-footer a')?.textContent).toBe('Full timeline');
      expect(read('sitemap-0.xml')).not.toContain('/embed/');
    },
  );

  test('each list page offers its embed as a ready iframe snippet shown as text', () => {
    for (const [page, embed] of [
      ['index.html', 'embed/'],
      ['actors/emmanuel-macron/index.html', 'embed/actors/emmanuel-macron/'],
      ['places/kyiv/index.html', 'embed/places/kyiv/'],
      ['tags/summit/index.html', 'embed/tags/summit/'],
    ] as const) {
      const offer = htmlOf(page).querySelector('details.embed-offer');
      expect(offer?.querySelector('summary')?.textContent, page).toBe('Embed this timeline');
      // node-html-parser keeps a <pre> as raw text: parse it, then the snippet its <code> shows.
      const code = parse(offer?.querySelector('pre')?.rawText ?? '').querySelector('code');
      const snippet = parse(code?.text ?? '').querySelector('iframe');
      expect(snippet?.getAttribute('src'), page).toBe(`${SITE}/tl/${embed}`);
      expect(snippet?.getAttribute('title'), page).toMatch(/^Timeline: /);
    }
  });
});

describe('media', () => {
  const page = () => htmlOf(`events/${SUMMIT}/index.html`);

  test('a local image is an optimised, responsive picture with its size, alt text, caption and credit', () => {
    const figure = page().querySelector('figure.event-media');
    const image = figure?.querySelector('img');
    expect(image?.getAttribute('alt')).toBe('A dark table under a pale lamp against a blue and yellow wall');
    expect(image?.getAttribute('width')).toBe('960');
    expect(image?.getAttribute('height')).toBe('640');
    const webp = figure?.querySelector('source[type="image/webp"]')?.getAttribute('srcset') ?? '';
    expect(webp).toMatch(/\/tl\/_astro\/summit-table\.[\w-]+\.webp 360w/);
    for (const candidate of [...webp.split(', '), image?.getAttribute('src') ?? '']) {
      const file = candidate.split(' ')[0]?.replace('/tl/', '') ?? '';
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
    }
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The table where the summit met.Drawing: fixture');
  });

  test('the image is the page’s Open Graph image, as an absolute address', () => {
    const og = page().querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(og).toMatch(/^https:\/\/example\.org\/tl\/_astro\/summit-table\.[\w-]+\.jpg$/);
    expect(existsSync(path.join(outDir, og.replace(`${SITE}/tl/`, '')))).toBe(true);
  });

  test('an https media address is a link card, never an image or a frame of the remote file', () => {
    const figure = htmlOf('events/2022-01-01-new-year/index.html').querySelector('figure.event-media');
    expect(figure?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/video/new-year');
    expect(figure?.querySelectorAll('img, iframe, video, picture')).toHaveLength(0);
  });
});

describe('corrections', () => {
  const corrections = [
    { date: '2022-03-12', text: 'An earlier version gave the summit’s end as 12 March; it ended on 11 March.' },
    { date: '2022-04-02', text: 'The summit was held in Kyiv, not in Lviv as first written.' },
  ].map(({ date, text }) => ({ date, text: text.replace('’', "'") }));

  test('the event page shows its update day and its corrections in a marked box', () => {
    const document = htmlOf(`events/${SUMMIT}/index.html`);
    expect(document.querySelector('time.updated')?.getAttribute('datetime')).toBe('2022-04-02');
    expect(document.querySelector('time.updated')?.textContent.trim()).toBe('Updated 2 April 2022');
    const items = document.querySelectorAll('[data-corrections] li');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-03-12',
      '2022-04-02',
    ]);
    expect(items.map((item) => item.textContent)).toEqual(
      corrections.map(({ text }, index) => `${['12 March 2022', '2 April 2022'][index] ?? ''}: ${text}`),
    );
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      dateModified?: string;
    };
    expect(jsonLd.dateModified).toBe('2022-04-02T00:00:00.000Z');
  });

  test('an event without corrections has no box', () => {
    expect(htmlOf('events/2022-03-19-b-call/index.html').querySelector('[data-corrections]')).toBeNull();
  });

  test('/corrections/ lists every correction newest first, each linking to its event', () => {
    const items = htmlOf('corrections/index.html').querySelectorAll('[data-correction-of]');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-04-02',
      '2022-03-12',
    ]);
    for (const item of items) {
      expect(item.getAttribute('data-correction-of')).toBe(SUMMIT);
      expect(item.querySelector('a')?.getAttribute('href')).toBe(`/tl/events/${SUMMIT}/`);
    }
    expect(items.map((item) => item.querySelectorAll('p').at(-1)?.textContent)).toEqual(
      [...corrections].reverse().map(({ text }) => text),
    );
  });

  test('/corrections.xml is an RSS 2.0 feed of the same corrections, newest first', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read('corrections.xml')) as {
      rss: {
        '@_version': string;
        channel: { item: { link: string; description: string; pubDate: string; guid: { '#text': string } }[] };
      };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    const items = feed.rss.channel.item;
    expect(items.map(({ description }) => description)).toEqual([...corrections].reverse().map(({ text }) => text));
    expect(items.map(({ link }) => link)).toEqual([`${SITE}/tl/events/${SUMMIT}/`, `${SITE}/tl/events/${SUMMIT}/`]);
    expect(new Set(items.map(({ guid }) => guid['#text'])).size).toBe(2);
  });

  test('events.json carries `updated` and the corrections, oldest first', () => {
    const { events } = JSON.parse(read('events.json')) as {
      events: { id: string; updated: string | null; corrections: unknown[] }[];
    };
    expect(events.find(({ id }) => id === SUMMIT)).toMatchObject({ updated: '2022-04-02', corrections });
    expect(events.find(({ id }) => id === '2022-03-19-b-call')).toMatchObject({ updated: null, corrections: [] });
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(['embed/', `events/${SUMMIT}/`, 'corrections/'])(
      `/tl/%s has no serious or critical violations (${scheme})`,
      async (pagePath) => {
        const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
        await page.goto(`${server.url}${pagePath}`);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
    );
  }
});
