/**
 * Builds the fixture content (every SPEC date form, same-day events, non-Latin names,
 * markup-like titles, a draft) on build machines in two extreme time zones and checks what
 * readers get.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_CONTENT } from './support/build-site';
import { listEntries, listedEventIds, readPage } from './support/html';

const EXPECTED_ORDER = [
  '1991-year-only',
  '2021-12-31-new-years-eve',
  '2022-01-01-new-year',
  '2022-03-approximate',
  '2022-03-month-precision',
  '2022-03-10-two-day-summit',
  '2022-03-19-a-quoted',
  '2022-03-19-b-call',
  '2022-03-19-timed-early',
  '2022-03-19-timed-late',
  '2022-03-20-east-of-utc',
  '2022-03-21-markup-title',
];

let honolulu: string;
let kiritimati: string;

beforeAll(() => {
  honolulu = buildSite({ contentDir: FIXTURE_CONTENT, timeZone: 'Pacific/Honolulu' });
  kiritimati = buildSite({ contentDir: FIXTURE_CONTENT, timeZone: 'Pacific/Kiritimati' });
});

describe('the timeline', () => {
  test('lists every published event once, in SPEC order', () => {
    expect(listedEventIds(readPage(honolulu, ''))).toEqual(EXPECTED_ORDER);
  });

  test('leaves drafts out of every output', () => {
    expect(existsSync(path.join(honolulu, 'events/2022-04-01-draft'))).toBe(false);
    expect(readFileSync(path.join(honolulu, 'events.json'), 'utf8')).not.toContain('2022-04-01-draft');
  });

  test('gives each event a <time datetime> with the date as written and a link to its page', () => {
    const document = readPage(honolulu, '');
    const datetimes = Object.fromEntries(
      listEntries(document).map((card) => [
        card.getAttribute('data-event-id'),
        card.querySelector('time')?.getAttribute('datetime'),
      ]),
    );
    expect(datetimes).toMatchObject({
      '1991-year-only': '1991',
      '2021-12-31-new-years-eve': '2021-12-31',
      '2022-03-approximate': '2022-03',
      '2022-03-19-timed-late': '2022-03-19T23:30+03:00',
      '2022-03-19-timed-early': '2022-03-19T10:00Z',
    });
    for (const card of listEntries(document)) {
      const id = card.getAttribute('data-event-id') ?? '';
      expect(card.querySelector(`a[href="/events/${id}/"]`), id).not.toBeNull();
    }
  });

  test('shows dates at their written precision, the same in every time zone', () => {
    const text = (id: string) => readPage(kiritimati, '').querySelector(`[data-event-id="${id}"] time`)?.text;
    expect(text('1991-year-only')).toBe('1991');
    expect(text('2021-12-31-new-years-eve')).toBe('31 December 2021');
    expect(text('2022-01-01-new-year')).toBe('1 January 2022');
    expect(text('2022-03-approximate')).toBe('about March 2022');
    expect(text('2022-03-10-two-day-summit')).toBe('10–11 March 2022');
    expect(text('2022-03-19-timed-late')).toBe('19 March 2022, 23:30');
    expect(text('2022-03-20-east-of-utc')).toBe('20 March 2022, 01:00');
  });

  test('builds byte-identical pages and data in Honolulu and Kiritimati', () => {
    for (const file of ['index.html', 'events.json', 'events/2022-03-19-timed-late/index.html']) {
      expect(readFileSync(path.join(kiritimati, file), 'utf8'), file).toBe(
        readFileSync(path.join(honolulu, file), 'utf8'),
      );
    }
  });

  test('marks key events', () => {
    const keyEvents = readPage(honolulu, '').querySelectorAll('[data-importance="3"]');
    expect(keyEvents.map((element) => element.getAttribute('data-event-id'))).toEqual(['2022-03-19-b-call']);
  });

  test('escapes markup in titles and summaries instead of running it', () => {
    const raw = readFileSync(path.join(honolulu, 'index.html'), 'utf8');
    expect(raw).not.toContain('<script>alert(1)</script>');
    expect(raw).not.toContain('<b>markup</b>');
    const card = readPage(honolulu, '').querySelector('[data-event-id="2022-03-21-markup-title"]');
    expect(card?.querySelector('a')?.text).toBe('Talks on <script>alert(1)</script> & "quotes"');
    const page = readPage(honolulu, 'events/2022-03-21-markup-title/');
    expect(page.querySelector('h1')?.text).toBe('Talks on <script>alert(1)</script> & "quotes"');
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      'Talks on <script>alert(1)</script> & "quotes"',
    );
    expect(page.querySelector('title')?.text).toMatch(/^Talks on <script>alert\(1\)/);
  });

  test('groups events by month with a jump list and day headings', () => {
    const document = readPage(honolulu, '');
    expect(document.querySelectorAll('.month h2').map((heading) => heading.text)).toEqual([
      '1991',
      'December 2021',
      'January 2022',
      'March 2022',
    ]);
    expect(document.querySelector('.month-jump a[href="#m-2022-03"]')?.text).toContain('March 2022');
    expect(document.querySelector('[data-day="2022-03-19"] h3')?.text.trim()).toBe('Saturday 19 March 2022');
  });
});

describe('an event page', () => {
  test('shows the time with its own offset, never converted', () => {
    const page = readPage(honolulu, 'events/2022-03-19-timed-late/');
    expect(page.querySelector('.event-header time')?.text).toBe('19 March 2022, 23:30 UTC+3');
    expect(page.querySelector('.event-header time')?.getAttribute('datetime')).toBe('2022-03-19T23:30+03:00');
  });

  test('links actors, places, sources, neighbours and related events', () => {
    const page = readPage(honolulu, 'events/2022-03-19-b-call/');
    expect(page.querySelector('.entity-links a[href="/actors/emmanuel-macron/"]')?.text.trim()).toBe('Emmanuel Macron');
    expect(page.querySelector('.entity-links a[href="/places/mariupol/"]')).not.toBeNull();
    expect(page.querySelector('.sources a[href="https://example.org/report"]')?.text).toBe('Fixture report');
    expect(page.querySelector('.sources')?.text).toContain('Fixture Wire, 19 March 2022');
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/events/2022-03-19-a-quoted/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/events/2022-03-19-timed-early/');
    expect(page.querySelectorAll('.related a').map((link) => link.getAttribute('href'))).toContain(
      '/events/2022-03-10-two-day-summit/',
    );
  });

  test('links the first mention of each actor and place in the account, by name or alias in any case', () => {
    const account = readPage(honolulu, 'events/2022-03-19-b-call/').querySelector('.account');
    const links = account?.querySelectorAll('a').map((link) => [link.text, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Zelenskyy', '/actors/volodymyr-zelenskyy/'],
      ['MACRON', '/actors/emmanuel-macron/'],
      ['Маріуполь', '/places/mariupol/'],
      ['an existing Macron link', 'https://example.org'],
    ]);
    expect(account?.querySelector('h2')?.querySelector('a')).toBeNull();
    expect(account?.querySelector('code')?.text).toBe('Macron');
  });
});

describe('actor, place and topic pages', () => {
  test('an actor page lists all of its events in order with name, role, aliases and Wikidata', () => {
    const page = readPage(honolulu, 'actors/volodymyr-zelenskyy/');
    expect(listedEventIds(page)).toEqual(['1991-year-only', '2022-03-19-b-call', '2022-03-20-east-of-utc']);
    expect(page.querySelector('h1')?.text).toBe('Volodymyr Zelenskyy');
    expect(page.querySelector('.aliases')?.text).toContain('Зеленський');
    expect(
      readPage(honolulu, 'actors/emmanuel-macron/').querySelector('a[href="https://www.wikidata.org/wiki/Q3052772"]'),
    ).not.toBeNull();
  });

  test('an actor that no event names still has its page and index entry', () => {
    expect(listedEventIds(readPage(honolulu, 'actors/quiet-observer/'))).toEqual([]);
    expect(readPage(honolulu, 'actors/').querySelector('a[href="/actors/quiet-observer/"]')).not.toBeNull();
  });

  test('the actors index groups by kind and counts events', () => {
    const index = readPage(honolulu, 'actors/');
    const zelenskyy = index.querySelector('a[href="/actors/volodymyr-zelenskyy/"]')?.parentNode;
    expect(zelenskyy?.text).toContain('3 events');
    expect(index.querySelectorAll('.entity-index h2').map((heading) => heading.text)).toEqual(['People', 'Groups']);
  });

  test('place and tag pages list their events in order', () => {
    expect(listedEventIds(readPage(honolulu, 'places/kyiv/'))).toEqual([
      '2022-03-10-two-day-summit',
      '2022-03-20-east-of-utc',
    ]);
    expect(listedEventIds(readPage(honolulu, 'tags/negotiations/'))).toEqual(['2022-03-21-markup-title']);
  });
});

describe('/events.json', () => {
  test('lists every published event in timeline order with its date as written and its precision', () => {
    const { events } = JSON.parse(readFileSync(path.join(honolulu, 'events.json'), 'utf8')) as {
      events: { id: string; date: string; precision: string; end: string | null; url: string }[];
    };
    expect(events.map(({ id }) => id)).toEqual(EXPECTED_ORDER);
    expect(events.find(({ id }) => id === '1991-year-only')).toMatchObject({ date: '1991', precision: 'year' });
    expect(events.find(({ id }) => id === '2022-03-10-two-day-summit')).toMatchObject({
      date: '2022-03-10',
      end: '2022-03-11',
      precision: 'day',
    });
    expect(events.find(({ id }) => id === '2022-03-19-timed-late')).toMatchObject({ precision: 'time' });
  });
});
