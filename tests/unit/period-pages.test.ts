import { describe, expect, it } from 'vitest';
import { byChronology } from '../../src/lib/chronology';
import { periodNavigation, splitIntoPeriods, type PeriodPage } from '../../src/lib/period-pages';
import { englishLabels, event, ids, type TestEvent } from './fixtures';

/** `count` events on consecutive days of one month. */
function daysOf(month: string, count: number): TestEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const day = `${month}-${String(index + 1).padStart(2, '0')}`;
    return event(`e-${day}`, day);
  });
}

const summary = (pages: PeriodPage<TestEvent>[]) =>
  pages.map(({ segments, label, events }) => ({ segments, label, count: events.length }));

describe('splitIntoPeriods', () => {
  it('keeps a list at or under the limit on one page', () => {
    const events = daysOf('2022-03', 5);
    const pages = splitIntoPeriods(events, 5, englishLabels);
    expect(summary(pages)).toEqual([{ segments: [], label: 'All events', count: 5 }]);
    expect(ids(pages[0]?.events ?? [])).toEqual(ids(events));
  });

  it('gives an empty list a single empty first page', () => {
    expect(summary(splitIntoPeriods([], 10, englishLabels))).toEqual([{ segments: [], label: 'All events', count: 0 }]);
  });

  it('splits a longer list by year, the first year on the first page', () => {
    const events = [...daysOf('2021-11', 3), ...daysOf('2022-03', 4), ...daysOf('2023-01', 2)];
    expect(summary(splitIntoPeriods(events, 5, englishLabels))).toEqual([
      { segments: [], label: '2021', count: 3 },
      { segments: ['2022'], label: '2022', count: 4 },
      { segments: ['2023'], label: '2023', count: 2 },
    ]);
  });

  it('splits a year with more events than the limit by month', () => {
    const events = [...daysOf('2021-11', 2), ...daysOf('2022-02', 3), ...daysOf('2022-03', 4)];
    expect(summary(splitIntoPeriods(events, 5, englishLabels))).toEqual([
      { segments: [], label: '2021', count: 2 },
      { segments: ['2022', '02'], label: 'February 2022', count: 3 },
      { segments: ['2022', '03'], label: 'March 2022', count: 4 },
    ]);
  });

  it('splits a month that alone is over the limit into runs of whole days', () => {
    const events = [...daysOf('2022-02', 2), ...daysOf('2022-03', 9)];
    expect(summary(splitIntoPeriods(events, 5, englishLabels))).toEqual([
      { segments: [], label: 'February 2022', count: 2 },
      { segments: ['2022', '03'], label: '1–5 March 2022', count: 5 },
      { segments: ['2022', '03', '06'], label: '6–9 March 2022', count: 4 },
    ]);
  });

  it('keeps a single day on one page even when it alone is over the limit', () => {
    const events = [
      ...daysOf('2022-02', 2),
      ...Array.from({ length: 6 }, (_, index) => event(`d${index}`, '2022-03-04')),
    ];
    expect(summary(splitIntoPeriods(events, 5, englishLabels))).toEqual([
      { segments: [], label: 'February 2022', count: 2 },
      { segments: ['2022', '03'], label: '4 March 2022', count: 6 },
    ]);
  });

  it("puts events dated by year only at the start of their year's first month page", () => {
    const events = [
      event('year-only', '2022'),
      event('march', '2022-03'),
      ...daysOf('2022-03', 3),
      ...daysOf('2022-05', 3),
    ];
    events.sort(byChronology);
    const pages = splitIntoPeriods(events, 5, englishLabels);
    expect(summary(pages)).toEqual([
      { segments: [], label: 'March 2022', count: 5 },
      { segments: ['2022', '05'], label: 'May 2022', count: 3 },
    ]);
    expect(ids(pages[0]?.events ?? []).slice(0, 2)).toEqual(['year-only', 'march']);
  });

  it('labels a page of a year with nothing but year-only events by the year', () => {
    const events = [event('a', '2021'), event('b', '2021'), event('c', '2021'), ...daysOf('2022-01', 2)];
    expect(summary(splitIntoPeriods(events, 2, englishLabels))).toEqual([
      { segments: [], label: '2021', count: 3 },
      { segments: ['2022'], label: '2022', count: 2 },
    ]);
  });

  it('gives only the first page the empty segment list, and every page distinct segments', () => {
    const events = [...daysOf('2021-12', 6), ...daysOf('2022-01', 3), ...daysOf('2022-02', 3), ...daysOf('2023-07', 1)];
    const pages = splitIntoPeriods(events, 5, englishLabels);
    expect(pages[0]?.segments).toEqual([]);
    expect(pages.slice(1).every(({ segments }) => segments.length > 0)).toBe(true);
    const paths = pages.map(({ segments }) => segments.join('/'));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('loses, duplicates and reorders nothing: the pages concatenated are the input', () => {
    const events = [
      event('y21', '2021'),
      ...daysOf('2021-12', 6),
      event('y22', '2022'),
      event('m22', '2022-01'),
      ...daysOf('2022-01', 3),
      event('t22', '2022-01-03T10:00Z'),
      ...daysOf('2022-02', 3),
      ...daysOf('2023-07', 1),
    ].sort(byChronology);
    for (const limit of [1, 2, 3, 5, 8, 100]) {
      const pages = splitIntoPeriods(events, limit, englishLabels);
      expect(ids(pages.flatMap((page) => page.events)), `limit ${limit}`).toEqual(ids(events));
    }
  });
});

describe('periodNavigation', () => {
  const pages = splitIntoPeriods(
    [...daysOf('2021-05', 2), ...daysOf('2022-02', 3), ...daysOf('2022-03', 3)],
    3,
    englishLabels,
  );

  it('links every year once and the pages of the current year, not every page', () => {
    const navigation = periodNavigation(pages, ['2022', '03']);
    expect(navigation.years.map(({ year, current }) => [year, current])).toEqual([
      ['2021', false],
      ['2022', true],
    ]);
    expect(navigation.withinYear.map(({ label, current }) => [label, current])).toEqual([
      ['February 2022', false],
      ['March 2022', true],
    ]);
  });

  it('offers the neighbouring pages in order', () => {
    const navigation = periodNavigation(pages, ['2022', '02']);
    expect(navigation.previous?.segments).toEqual([]);
    expect(navigation.next?.label).toBe('March 2022');
    expect(periodNavigation(pages, []).previous).toBeUndefined();
  });
});
