/**
 * Maps of places against the real edition built under a sub-path: a map on every page SPEC names,
 * each place a link to an existing page at its real relative position, `/places.geojson` matching
 * the content, and axe-core in light and dark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { validateContent, type ContentIndex } from '../../src/lib/content-validation';
import type { MapMark } from '../../src/lib/place-map';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { buildSite, PROJECT_ROOT } from './support/build-site';
import { readPage } from './support/html';

const BASE = '/m/';
const ORIGIN = 'https://example.org';

interface PublicEvent {
  id: string;
  actors: string[];
  places: string[];
}

let outDir: string;
let content: ContentIndex;
let events: PublicEvent[];
/** Places with coordinates: id to `[latitude, longitude]`. */
let placed: Map<string, readonly [number, number]>;

beforeAll(() => {
  outDir = buildSite({ basePath: BASE, site: ORIGIN });
  content = validateContent(path.join(PROJECT_ROOT, 'content')).index;
  events = (JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as { events: PublicEvent[] }).events;
  placed = new Map(content.places.flatMap(({ id, data }) => (data.coordinates ? [[id, data.coordinates]] : [])));
});

/** A mark as read back from the HTML. */
type Mark = Omit<MapMark, 'current'>;

/** The marks of the page's map (its `which`th), or undefined when it has no such map. */
function marksOn(page: string, which = 0): Mark[] | undefined {
  const map = readPage(outDir, page).querySelectorAll('svg[data-map]')[which];
  if (!map) return undefined;
  return map.querySelectorAll('a[data-place-id]').map((link) => {
    const circle = link.querySelector('circle');
    return {
      id: link.getAttribute('data-place-id') ?? '',
      href: link.getAttribute('href') ?? '',
      label: link.querySelector('title')?.textContent ?? '',
      cx: Number(circle?.getAttribute('cx')),
      cy: Number(circle?.getAttribute('cy')),
      r: Number(circle?.getAttribute('r')),
    };
  });
}

const eventCount = (placeId: string) => events.filter(({ places }) => places.includes(placeId)).length;

function expectLinksToExistingPlacePages(marks: readonly Mark[]) {
  for (const { id, href } of marks) {
    expect(href).toBe(`${BASE}places/${id}/`);
    expect(existsSync(path.join(outDir, 'places', id, 'index.html')), href).toBe(true);
  }
}

describe('the place index map', () => {
  test('shows every place with coordinates as a link to its page, named with its number of events', () => {
    const marks = marksOn('places/') ?? [];
    expect(marks.map(({ id }) => id).sort()).toEqual([...placed.keys()].sort());
    expectLinksToExistingPlacePages(marks);
    const mariupol = content.places.find(({ id }) => id === 'mariupol');
    expect(marks.find(({ id }) => id === 'mariupol')?.label).toBe(
      `${mariupol?.data.name ?? ''}, ${eventCount('mariupol')} events`,
    );
  });

  test.each([
    ['the map of every place', 0],
    ['the detail map of the busiest area', 1],
  ])('%s keeps the real east–west and north–south order of the places', (_map, which) => {
    const marks = new Map((marksOn('places/', which) ?? []).map((mark) => [mark.id, mark]));
    const at = (id: string) => marks.get(id) ?? { cx: NaN, cy: NaN };
    expect(at('kyiv').cx).toBeGreaterThan(at('versailles').cx);
    expect(at('istanbul').cy).toBeGreaterThan(at('kyiv').cy);
    expectLinksToExistingPlacePages([...marks.values()]);
    // Every pair of places more than a tenth of a degree apart keeps its order, both ways.
    const shown = [...placed].filter(([id]) => marks.has(id));
    expect(shown.length).toBeGreaterThan(which === 0 ? 45 : 20);
    for (const [a, [latitudeA, longitudeA]] of shown) {
      for (const [b, [latitudeB, longitudeB]] of shown) {
        if (longitudeA - longitudeB > 0.1) expect(at(a).cx, `${a} east of ${b}`).toBeGreaterThan(at(b).cx);
        if (latitudeA - latitudeB > 0.1) expect(at(a).cy, `${a} north of ${b}`).toBeLessThan(at(b).cy);
      }
    }
  });

  test('sizes each mark so its area is proportional to its number of events', () => {
    const ratios = (marksOn('places/') ?? [])
      .filter(({ r, id }) => r > 1.5 && eventCount(id) > 0)
      .map(({ r, id }) => (r * r) / eventCount(id));
    expect(ratios.length).toBeGreaterThan(10);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0] ?? 0, 0);
  });

  test('stays under 60 KB of SVG, detail map included', () => {
    const maps = readPage(outDir, 'places/').querySelectorAll('svg[data-map]');
    expect(maps).toHaveLength(2);
    expect(Buffer.byteLength(maps.map((map) => map.toString()).join(''))).toBeLessThan(60_000);
  });
});

describe('maps on place, actor and event pages', () => {
  test('each place page with coordinates shows its place as a link on a map; a country its outline', () => {
    for (const { id, data } of content.places) {
      const marks = marksOn(`places/${id}/`);
      if (!data.coordinates) continue;
      expect(
        marks?.map((mark) => mark.id),
        id,
      ).toEqual([id]);
      if (data.kind === 'country')
        expect(readPage(outDir, `places/${id}/`).querySelector('svg[data-map] .map-highlight'), id).not.toBeNull();
    }
  });

  test("each actor page maps the places of the actor's events, sized by how many", () => {
    for (const { id } of content.actors) {
      const theirs = events.filter(({ actors }) => actors.includes(id));
      const places = new Set(theirs.flatMap((event) => event.places).filter((place) => placed.has(place)));
      const marks = marksOn(`actors/${id}/`);
      if (places.size === 0) {
        expect(marks, id).toBeUndefined();
        continue;
      }
      expect(marks?.map((mark) => mark.id).sort(), id).toEqual([...places].sort());
      expectLinksToExistingPlacePages(marks ?? []);
      const busiest = [...places].sort(
        (a, b) =>
          theirs.filter((event) => event.places.includes(b)).length -
          theirs.filter((event) => event.places.includes(a)).length,
      )[0];
      expect(marks?.[0]?.id === busiest || marks?.[0]?.r === marks?.find((mark) => mark.id === busiest)?.r).toBe(true);
    }
  });

  test('each event page with a placed place has a small map of its places', () => {
    let withMaps = 0;
    for (const event of events) {
      const expected = event.places.filter((place) => placed.has(place));
      const marks = marksOn(`events/${event.id}/`);
      if (expected.length === 0) {
        expect(marks, event.id).toBeUndefined();
        continue;
      }
      withMaps += 1;
      expect(marks?.map((mark) => mark.id).sort(), event.id).toEqual([...expected].sort());
      expectLinksToExistingPlacePages(marks ?? []);
    }
    expect(withMaps).toBeGreaterThan(50);
  });
});

describe('base maps', () => {
  test("every map's land and borders come from a base map file of its size that holds them", () => {
    const files = new Set<string>();
    for (const pagePath of [
      'places/',
      'places/ukraine/',
      'actors/volodymyr-zelenskyy/',
      ...events.map(({ id }) => `events/${id}/`),
    ]) {
      for (const map of readPage(outDir, pagePath).querySelectorAll('svg[data-map]')) {
        const uses = map.querySelectorAll('use').map((use) => use.getAttribute('href') ?? '');
        expect(
          uses.map((href) => href.split('#')[1]),
          pagePath,
        ).toEqual(['land', 'borders']);
        const [file] = new Set(uses.map((href) => href.split('#')[0] ?? ''));
        expect(file, pagePath).toMatch(new RegExp(`^${BASE}maps/[a-z0-9-]+\\.[0-9a-f]{10}\\.svg$`));
        const svg = readFileSync(path.join(outDir, (file ?? '').slice(BASE.length)), 'utf8');
        expect(svg).toContain(`viewBox="${map.getAttribute('viewBox') ?? ''}"`);
        // A locator out at sea may have no border in its frame; every frame has its two paths.
        expect(svg).toMatch(/<path id="land" d="[^"]*"\/>/);
        expect(svg).toMatch(/<path id="borders" [^>]*d="[^"]*"\/>/);
        if (pagePath === 'places/') expect(svg).toMatch(/<path id="borders" [^>]*d="M/);
        files.add(file ?? '');
      }
    }
    // Maps on the same frame share one file: far fewer files than maps.
    expect(files.size).toBeLessThan(events.length / 2);
  });
});

describe('/places.geojson', () => {
  interface Collection {
    type: string;
    features: {
      type: string;
      geometry: { type: string; coordinates: [number, number] };
      properties: { id: string; name: string; kind: string; url: string; events: number };
    }[];
  }

  test('is a FeatureCollection of every placed place, [longitude, latitude], with absolute URLs and counts', () => {
    const collection = JSON.parse(readFileSync(path.join(outDir, 'places.geojson'), 'utf8')) as Collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map(({ properties }) => properties.id).sort()).toEqual([...placed.keys()].sort());
    for (const { type, geometry, properties } of collection.features) {
      const [latitude, longitude] = placed.get(properties.id) ?? [];
      expect(type).toBe('Feature');
      expect(geometry).toEqual({ type: 'Point', coordinates: [longitude, latitude] });
      expect(properties.url).toBe(`${ORIGIN}${BASE}places/${properties.id}/`);
      expect(properties.events).toBe(eventCount(properties.id));
      const place = content.places.find(({ id }) => id === properties.id);
      expect([properties.name, properties.kind]).toEqual([place?.data.name, place?.data.kind]);
    }
  });
});

describe('in the browser', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic({ root: outDir, base: BASE, port: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a mark is a link reached by keyboard, with its name and a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}places/`);
    const link = page.getByRole('link', { name: `Mariupol, ${eventCount('mariupol')} events` }).first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      const circle = active?.querySelector('circle');
      return {
        inMap: Boolean(active?.closest('svg[data-map]')),
        id: active?.getAttribute('data-place-id'),
        stroke: circle ? getComputedStyle(circle).strokeWidth : '',
      };
    });
    expect(focused).toEqual({ inMap: true, id: 'mariupol', stroke: '3px' });
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    "the base map is drawn under the page's policy, in its land colour (%s)",
    async (scheme) => {
      const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 900, height: 900 } });
      await page.goto(`${server.url}places/ukraine/`, { waitUntil: 'networkidle' });
      const land = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--map-land').trim(),
      );
      const shot = await page.locator('svg[data-map]').first().screenshot();
      const { data, info } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const [red, green, blue] = [1, 3, 5].map((start) => parseInt(land.slice(start, start + 2), 16));
      let landPixels = 0;
      for (let at = 0; at < data.length; at += info.channels) {
        const near = (offset: number, value = 0) => Math.abs((data[at + offset] ?? 0) - value) <= 4;
        if (near(0, red) && near(1, green) && near(2, blue)) landPixels += 1;
      }
      // Europe around Ukraine: land covers a good part of the map.
      expect(landPixels / (info.width * info.height)).toBeGreaterThan(0.2);
      await page.close();
    },
  );

  const pages = [
    'places/',
    'places/ukraine/',
    'places/mariupol/',
    'actors/volodymyr-zelenskyy/',
    'events/2022-03-18-macron-putin-call/',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    test.each(pages)(`/m/%s has no serious or critical violations (${scheme})`, async (pagePath) => {
      // axe-core is injected as an inline script, which the site's own policy rightly blocks.
      const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
      await page.goto(`${server.url}${pagePath}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
