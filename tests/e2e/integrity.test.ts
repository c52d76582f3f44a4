/**
 * The whole build under a sub-path, as a project site on GitHub Pages would be:
 * `BASE_PATH=/sub/path/ SITE=https://example.org`. Every link resolves, nothing escapes the base,
 * feeds and data parse and are complete, and every page is valid HTML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate, type ConfigData } from 'html-validate/node';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT } from './support/build-site';

const BASE = '/sub/path/';
const ORIGIN = 'https://example.org';

let outDir: string;
let htmlFiles: string[];
let events: { id: string; url: string }[];

/** Every file below `folder`, as paths relative to it with `/` separators. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The file a site URL path (below the base) is served from, if any. */
function fileFor(sitePath: string): string | undefined {
  const relative = decodeURIComponent(sitePath.slice(BASE.length));
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative];
  return candidates.map((candidate) => path.join(outDir, candidate)).find((file) => existsSync(file));
}

/** Page URL of an HTML file: `events/x/index.html` is `/sub/path/events/x/`. */
const pageUrl = (file: string) => `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;

beforeAll(() => {
  outDir = buildSite({ basePath: BASE, site: ORIGIN });
  htmlFiles = filesBelow(outDir).filter((file) => file.endsWith('.html'));
  events = (JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as { events: typeof events }).events;
});

describe('links', () => {
  test('every internal href and src resolves to a file in dist/ and stays under the base', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const document = parse(readFileSync(path.join(outDir, file), 'utf8'));
      const page = new URL(pageUrl(file), ORIGIN);
      for (const element of document.querySelectorAll('[href], [src], form[action]')) {
        const value =
          element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
        if (value.startsWith('#') || /^(mailto|tel|data):/.test(value)) continue;
        const target = new URL(value, page);
        if (target.origin !== ORIGIN && /^https?:/.test(value)) continue;
        if (!target.pathname.startsWith(BASE)) broken.push(`${file}: ${value} escapes ${BASE}`);
        else if (!fileFor(target.pathname)) broken.push(`${file}: ${value} has no file`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the 404 page uses absolute links and assets under the base, so it works at any depth', () => {
    const document = parse(readFileSync(path.join(outDir, '404.html'), 'utf8'));
    const values = document.querySelectorAll('[href], [src], form[action]').map((element) => {
      return element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
    });
    const local = values.filter((value) => !value.startsWith('#') && !value.startsWith('https://'));
    expect(local.length).toBeGreaterThan(5);
    for (const value of local) expect(value).toMatch(/^\/sub\/path\//);
    expect(document.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`${BASE}search/`);
  });

  test('canonical URLs are absolute on SITE under the base', () => {
    const canonical = parse(readFileSync(path.join(outDir, 'events/2022-03-18-macron-putin-call/index.html'), 'utf8'))
      .querySelector('link[rel="canonical"]')
      ?.getAttribute('href');
    expect(canonical).toBe(`${ORIGIN}${BASE}events/2022-03-18-macron-putin-call/`);
  });
});

describe('feeds and data', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

  test('rss.xml is RSS 2.0 with absolute links, newest events first', () => {
    const feed = xml.parse(readFileSync(path.join(outDir, 'rss.xml'), 'utf8')) as {
      rss: {
        '@_version': string;
        channel: { link: string; item: { link: string; pubDate: string; category: string[] }[] };
      };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    const items = feed.rss.channel.item;
    expect(items.length).toBe(Math.min(50, events.length));
    expect(items.map(({ link }) => link)).toEqual(
      events
        .slice(-items.length)
        .reverse()
        .map(({ url }) => url),
    );
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\/example\.org\/sub\/path\/events\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.category.length).toBeGreaterThan(0);
    }
  });

  test('each actor has a feed of its own events', () => {
    const feed = xml.parse(readFileSync(path.join(outDir, 'actors/emmanuel-macron/rss.xml'), 'utf8')) as {
      rss: { channel: { item: { link: string; category: string[] }[] } };
    };
    for (const item of feed.rss.channel.item) expect(item.category).toContain('Emmanuel Macron');
  });

  test('events.json lists every event page, with absolute URLs', () => {
    const pages = htmlFiles
      .filter((file) => /^events\/[^/]+\/index\.html$/.test(file))
      .map((file) => file.split('/')[1]);
    expect(events.map(({ id }) => id).sort()).toEqual(pages.sort());
    for (const { id, url } of events) expect(url).toBe(`${ORIGIN}${BASE}events/${id}/`);
  });

  test('the sitemap lists every page but the 404 and search pages and the embeds', () => {
    const index = xml.parse(readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const sitemaps = [index.sitemapindex.sitemap].flat().map(({ loc }) => loc.replace(`${ORIGIN}${BASE}`, ''));
    const listed = sitemaps.flatMap((file) => {
      const sitemap = xml.parse(readFileSync(path.join(outDir, file), 'utf8')) as {
        urlset: { url: { loc: string }[] };
      };
      return sitemap.urlset.url.map(({ loc }) => loc);
    });
    const expected = htmlFiles
      .filter((file) => file !== '404.html' && file !== 'search/index.html' && !file.startsWith('embed/'))
      .map((file) => `${ORIGIN}${pageUrl(file)}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  test('robots.txt points to the sitemap and _headers sets the policy under the base', () => {
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`,
    );
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(`${BASE}*\n  Content-Security-Policy: default-src 'self'`);
    expect(headers).toContain(`${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });
});

describe('HTML', () => {
  test('every page passes html-validate (recommended preset, .htmlvalidate.json)', async () => {
    // The built pages live outside the project, so the project's configuration is passed in.
    const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(config);
    const failures: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(path.join(outDir, file));
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${file}:${message.line}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('no page carries an inline script the Content-Security-Policy would block', () => {
    for (const file of htmlFiles) {
      const document = parse(readFileSync(path.join(outDir, file), 'utf8'));
      for (const script of document.querySelectorAll('script:not([src])'))
        expect(script.getAttribute('type'), file).toBe('application/ld+json');
      expect(document.querySelectorAll('[style], style'), file).toHaveLength(0);
    }
  });

  test('event pages carry NewsArticle structured data and social metadata', () => {
    const document = parse(readFileSync(path.join(outDir, 'events/2022-03-18-macron-putin-call/index.html'), 'utf8'));
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<
      string,
      unknown
    >;
    expect(data['@type']).toBe('NewsArticle');
    expect(data['datePublished']).toBe('2022-03-18T00:00:00.000Z');
    expect(JSON.stringify(data['about'])).toContain('Emmanuel Macron');
    expect(JSON.stringify(data['mentions'])).toContain('Mariupol');
    expect(document.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('Mariupol');
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('en');
  });
});
