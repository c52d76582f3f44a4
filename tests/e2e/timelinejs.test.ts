/**
 * TimelineJS in and out, end to end: the Women in Computing sample that TimelineJS ships is
 * imported with `npm run import` (JSON, then the sheet's CSV) into a copy of the edition, which
 * must still build; the built `/timeline.json` (the edition's and one actor's) is loaded into
 * TimelineJS 3.9 itself in Chromium; `/events.csv` has the template's header and every event.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TIMELINEJS_PAGE_CSP, writeTimelineJsPage } from '../../scripts/bench/timelinejs-page.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { createPaths } from '../../src/lib/urls';
import { SHEET_COLUMNS, SITE_COLUMNS } from '../../src/lib/timelinejs-sheet';
import { temporaryFolder } from '../support/temporary-folders';
import { launchBrowser } from './support/browser';
import { buildSite, PROJECT_ROOT } from './support/build-site';

interface PublicEvent {
  id: string;
  actors: string[];
}

const SAMPLE = path.join(PROJECT_ROOT, 'tests/fixtures/timelinejs/women_in_computing');
const BASE = '/tl/';
const paths = createPaths(BASE);

let contentDir: string;
let outDir: string;
let events: PublicEvent[];
let jsonImport: ReturnType<typeof spawnSync>;
let csvImport: ReturnType<typeof spawnSync>;
let eraImport: ReturnType<typeof spawnSync>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

function runImport(file: string) {
  return spawnSync('npm', ['run', '--silent', 'import', '--', file, '--publisher', 'Knight Lab', '--out', contentDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
}

/** The eras of the content built: the edition's and the imported one. */
const eraCount = () => readdirSync(path.join(contentDir, 'eras')).filter((file) => file.endsWith('.md')).length;

const importedFiles = () =>
  readdirSync(path.join(contentDir, 'events'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /^1\d{3}\//.test(file))
    .sort();

beforeAll(async () => {
  contentDir = path.join(temporaryFolder('timelinejs-content-'), 'content');
  cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  jsonImport = runImport(`${SAMPLE}.json`);
  csvImport = runImport(`${SAMPLE}.csv`);
  // An era as a sheet row of Type era: the import writes it to eras/, the export shows it.
  const eraSheet = path.join(path.dirname(contentDir), 'era.csv');
  writeFileSync(
    eraSheet,
    'Year,Month,Day,End Year,End Month,End Day,Headline,Text,Type\n' +
      '2022,2,24,2022,3,31,The first weeks,"<p>From the invasion to the talks in Istanbul.</p>",era\n',
  );
  eraImport = runImport(eraSheet);
  outDir = buildSite({ contentDir, basePath: BASE, site: 'https://example.org' });
  events = (JSON.parse(readFileSync(path.join(outDir, 'events.json'), 'utf8')) as { events: PublicEvent[] }).events;
  // One origin serves the site under /tl/ and the TimelineJS page under /timelinejs/.
  const root = temporaryFolder('timelinejs-server-');
  symlinkSync(outDir, path.join(root, 'tl'), 'dir');
  writeTimelineJsPage(path.join(root, 'timelinejs'));
  writeFileSync(path.join(root, '_headers'), `/timelinejs/*\n  Content-Security-Policy: ${TIMELINEJS_PAGE_CSP}\n`);
  server = await serveStatic({ root, base: '/', port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run import of the Women in Computing sample', () => {
  test('the JSON file gives ten drafts and reports the title slide it skipped', () => {
    expect(jsonImport.status, String(jsonImport.stderr)).toBe(0);
    expect(String(jsonImport.stdout)).toContain('title: skipped, the title slide is the cover');
    expect(String(jsonImport.stdout)).toContain('10 files written, 1 slide skipped');
    expect(importedFiles()).toHaveLength(10);
    expect(importedFiles()).toContain('1951/1951-rozsa-peter-writes-recursion.md');
  });

  test('the sheet gives the same entries, so it overwrites none of them and writes nothing', () => {
    expect(csvImport.status, String(csvImport.stderr)).toBe(0);
    expect(String(csvImport.stdout)).toContain(
      'row 3: skipped, an entry with the id `1815-12-10-ada-lovelace` already exists',
    );
    expect(String(csvImport.stdout)).toContain('0 files written, 11 slides skipped');
    expect(importedFiles()).toHaveLength(10);
  });

  test('a sheet row of Type era becomes an era entry', () => {
    expect(eraImport.status, String(eraImport.stderr)).toBe(0);
    expect(readFileSync(path.join(contentDir, 'eras/the-first-weeks.md'), 'utf8')).toContain("end: '2022-03-31'");
  });

  test('the content with the imported drafts builds (the content check passes), drafts left out', () => {
    expect(events.length).toBeGreaterThan(0);
    expect(events.some(({ id }) => id.startsWith('1815-'))).toBe(false);
  });
});

describe('/events.csv', () => {
  test("has the template's header and parses back to every event, in order", () => {
    const text = readFileSync(path.join(outDir, 'events.csv'), 'utf8');
    const [header] = parse(text, { to: 1 }) as string[][];
    expect(header).toEqual([...SHEET_COLUMNS, ...SITE_COLUMNS]);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows[0]?.['Type']).toBe('title');
    const eventRows = rows.filter((row) => row['Type'] === '');
    expect(eventRows.map((row) => row['ID'])).toEqual(events.map(({ id }) => id));
    expect(eventRows.every((row) => row['URL']?.startsWith('https://example.org/tl/events/'))).toBe(true);
  });
});

describe('/timeline.json in TimelineJS 3.9', () => {
  const actorId = 'emmanuel-macron';

  async function loadInTimelineJs(dataPath: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.url}timelinejs/?data=${encodeURIComponent(dataPath)}`);
    await page.locator('.tl-timemarker').first().waitFor({ state: 'attached' });
    const slides = await page.locator('.tl-slide:not(.tl-slide-titleslide)').count();
    const markers = await page.locator('.tl-timemarker').count();
    const title = await page.locator('.tl-slide-titleslide .tl-headline').textContent();
    const eras = await page.locator('.tl-timeera').count();
    await page.close();
    return { slides, markers, title, eras, errors };
  }

  test("the edition's timeline loads with one slide per event, its era and no console error", async () => {
    const shown = await loadInTimelineJs(paths.timelineJson());
    expect(shown.errors).toEqual([]);
    expect(shown.slides).toBe(events.length);
    expect(shown.markers).toBe(events.length);
    expect(shown.title).toContain('the diplomacy of the war');
    expect(shown.eras).toBe(eraCount());
  });

  test("an actor's timeline loads with one slide per event of that actor", async () => {
    const shown = await loadInTimelineJs(paths.timelineJson({ kind: 'actors', id: actorId }));
    const theirs = events.filter(({ actors }) => actors.includes(actorId));
    expect(theirs.length).toBeGreaterThan(3);
    expect(shown.errors).toEqual([]);
    expect(shown.slides).toBe(theirs.length);
    expect(shown.title).toContain('Emmanuel Macron');
  });

  test('every event, actor, place and topic has its timeline.json, each slide with its event id', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(outDir, file.slice(BASE.length)), 'utf8')) as {
        events: { unique_id: string }[];
        eras?: { text: { headline: string } }[];
      };
    const whole = read(paths.timelineJson());
    expect(whole.events.map((slide) => slide.unique_id)).toEqual(events.map(({ id }) => id));
    expect(whole.eras).toHaveLength(eraCount());
    expect(whole.eras?.map((era) => era.text.headline)).toContain('The first weeks');
    expect(read(paths.timelineJson({ kind: 'places', id: 'mariupol' })).events.length).toBeGreaterThan(0);
    expect(read(paths.timelineJson({ kind: 'tags', id: 'diplomacy' })).events.length).toBeGreaterThan(0);
  });
});
