import { UTCDate } from '@date-fns/utc';
import { describe, expect, it } from 'vitest';
import { buildTimeAxis, choosePeriodUnit, keyEventsToMark, type AxisEvent } from '../../src/lib/time-axis';
import { eventDate } from './fixtures';

function axisEvent(
  id: string,
  date: unknown,
  { end, approximate = false, importance = 2 }: { end?: unknown; approximate?: boolean; importance?: number } = {},
): AxisEvent {
  return {
    id,
    data: {
      date: eventDate(date),
      ...(end !== undefined && { end: eventDate(end) }),
      approximate,
      importance,
      title: `Title of ${id}`,
    },
  };
}

function era(id: string, date: unknown, end: unknown) {
  return { id, data: { date: eventDate(date), end: eventDate(end), title: `Era ${id}` } };
}

const day = (text: string) => new UTCDate(`${text}T00:00:00Z`);

describe('choosePeriodUnit', () => {
  it('a 10-day story is drawn by day', () => {
    expect(choosePeriodUnit(day('2022-03-10'), day('2022-03-19'))).toBe('day');
  });

  it('a few months are drawn by week, a year of diplomacy too', () => {
    expect(choosePeriodUnit(day('2022-02-24'), day('2022-06-30'))).toBe('week');
    expect(choosePeriodUnit(day('2022-01-01'), day('2022-12-31'))).toBe('week');
  });

  it('two or three years are drawn by month', () => {
    expect(choosePeriodUnit(day('2022-01-01'), day('2024-12-31'))).toBe('month');
  });

  it('a 25-year archive, or a 1991 event far from the rest, is drawn by year', () => {
    expect(choosePeriodUnit(day('2000-01-01'), day('2024-12-31'))).toBe('year');
    expect(choosePeriodUnit(day('1991-12-01'), day('2022-03-19'))).toBe('year');
  });
});

describe('buildTimeAxis', () => {
  it('has no axis for a list without events', () => {
    expect(buildTimeAxis([], [])).toBeUndefined();
  });

  it('cuts the span into contiguous periods of one size whose counts add up to the list', () => {
    const events = [
      axisEvent('a', '2022-03-10'),
      axisEvent('b', '2022-03-10T09:00+01:00'),
      axisEvent('c', '2022-03-12'),
      axisEvent('d', '2022-03-19'),
    ];
    const axis = buildTimeAxis(events, []);
    expect(axis?.unit).toBe('day');
    expect(axis?.periods.map(({ start }) => start)).toEqual(
      Array.from({ length: 10 }, (_, index) => `2022-03-${String(10 + index).padStart(2, '0')}`),
    );
    expect(axis?.periods.every(({ start, end }) => start === end)).toBe(true);
    expect(axis?.periods.reduce((total, { count }) => total + count, 0)).toBe(4);
    expect(axis?.periods[0]).toMatchObject({ count: 2, label: '10 March 2022', level: 8 });
    expect(axis?.periods[0]?.first?.id).toBe('a');
    expect(axis?.periods[2]).toMatchObject({ count: 1, level: 4 });
    expect(axis?.periods[1]).toMatchObject({ count: 0, level: 0 });
    expect(axis?.busiest.start).toBe('2022-03-10');
  });

  it('weeks run Monday to Sunday and are labelled as a range', () => {
    const axis = buildTimeAxis([axisEvent('a', '2022-02-24'), axisEvent('b', '2022-06-30')], []);
    expect(axis?.unit).toBe('week');
    expect(axis?.periods[0]).toMatchObject({ start: '2022-02-21', end: '2022-02-27', label: '21–27 February 2022' });
    expect(axis?.periods.at(-1)).toMatchObject({ start: '2022-06-27', end: '2022-07-03', count: 1 });
    const starts = axis?.periods.map(({ start }) => day(start).getTime()) ?? [];
    expect(starts.slice(1).every((start, index) => start - (starts[index] ?? 0) === 7 * 86_400_000)).toBe(true);
  });

  it('months and years use YYYY-MM and YYYY', () => {
    const months = buildTimeAxis([axisEvent('a', '2022-01-05'), axisEvent('b', '2024-11-30')], []);
    expect(months?.periods[0]).toMatchObject({ start: '2022-01', end: '2022-01', label: 'January 2022' });
    expect(months?.periods).toHaveLength(35);
    const years = buildTimeAxis([axisEvent('old', 1991), axisEvent('new', '2022-03-19')], []);
    expect(years?.periods.map(({ start }) => start)).toEqual(
      Array.from({ length: 32 }, (_, index) => String(1991 + index)),
    );
    expect(years?.periods.filter(({ count }) => count > 0).map(({ label }) => label)).toEqual(['1991', '2022']);
  });

  it('a month-precision event counts in the period holding its first day and is drawn, uncertain, over its month', () => {
    const events = [axisEvent('march', '2022-03'), axisEvent('a', '2022-03-20'), axisEvent('b', '2022-05-10')];
    const axis = buildTimeAxis(events, []);
    expect(axis?.unit).toBe('week');
    const covered = axis?.periods.filter(({ uncertain }) => uncertain).map(({ start }) => start);
    expect(covered).toEqual(['2022-02-28', '2022-03-07', '2022-03-14', '2022-03-21', '2022-03-28']);
    expect(axis?.periods[0]).toMatchObject({ start: '2022-02-28', count: 1 });
    expect(axis?.periods[0]?.first?.id).toBe('march');
  });

  it('a year-precision event is uncertain on a month axis but exact on a year axis', () => {
    const months = buildTimeAxis([axisEvent('y', '2022'), axisEvent('a', '2023-06-01')], []);
    expect(months?.periods.filter(({ uncertain }) => uncertain)).toHaveLength(12);
    const years = buildTimeAxis([axisEvent('y', 1991), axisEvent('a', '2023-06-01')], []);
    expect(years?.periods.some(({ uncertain }) => uncertain)).toBe(false);
  });

  it('an approximate event is uncertain at any size; a multi-day event covers every period it lasts', () => {
    const events = [
      axisEvent('about', '2022-03-11', { approximate: true }),
      axisEvent('summit', '2022-03-12', { end: '2022-03-14' }),
      axisEvent('last', '2022-03-20'),
    ];
    const axis = buildTimeAxis(events, []);
    expect(axis?.periods.filter(({ uncertain }) => uncertain).map(({ start }) => start)).toEqual(['2022-03-11']);
    expect(axis?.periods.filter(({ multiDay }) => multiDay).map(({ start }) => start)).toEqual([
      '2022-03-12',
      '2022-03-13',
      '2022-03-14',
    ]);
    expect(axis?.periods.find(({ start }) => start === '2022-03-13')?.count).toBe(0);
  });

  it('the span reaches the end of the last multi-day event or month', () => {
    const axis = buildTimeAxis([axisEvent('a', '2022-03-01'), axisEvent('b', '2022-03-05', { end: '2022-03-25' })], []);
    expect(axis?.periods.at(-1)?.start).toBe('2022-03-25');
  });

  it('a timed event is binned on the day written, in every offset', () => {
    const axis = buildTimeAxis(
      [axisEvent('east', '2022-03-21T23:30+03:00'), axisEvent('west', '2022-03-22T00:30-10:00')],
      [],
    );
    expect(axis?.periods.map(({ start, count }) => [start, count])).toEqual([
      ['2022-03-21', 1],
      ['2022-03-22', 1],
    ]);
  });

  it('overlapping eras get stacked rows, eras outside the span are left out, bands are clipped to the span', () => {
    const events = [axisEvent('a', '2022-02-24'), axisEvent('b', '2022-12-31')];
    const eras = [
      era('before', '2019', '2020'),
      era('kyiv', '2022-02-24', '2022-04-02'),
      era('talks', '2022-03', '2022-05'),
      era('autumn', '2022-09-01', '2023-02-01'),
      era('early', '2021-12-01', '2022-02-25'),
    ];
    const axis = buildTimeAxis(events, eras);
    const bands = axis?.bands.map(({ era: { id }, from, to, row }) => ({ id, from, to, row }));
    expect(bands?.map(({ id }) => id)).toEqual(['kyiv', 'talks', 'autumn', 'early']);
    expect(bands?.find(({ id }) => id === 'kyiv')).toMatchObject({ from: 0, row: 0 });
    expect(bands?.find(({ id }) => id === 'talks')?.row).toBe(1);
    expect(bands?.find(({ id }) => id === 'autumn')).toMatchObject({ row: 0, to: (axis?.periods.length ?? 0) - 1 });
    expect(bands?.find(({ id }) => id === 'early')).toMatchObject({ from: 0, to: 0, row: 2 });
    expect(axis?.rows).toBe(3);
  });

  it('labels the scale by month under weeks and by year under months', () => {
    const weeks = buildTimeAxis([axisEvent('a', '2022-02-24'), axisEvent('b', '2022-04-30')], []);
    expect(weeks?.scale.map(({ label }) => label)).toEqual(['February 2022', 'March 2022', 'April 2022']);
    const months = buildTimeAxis([axisEvent('a', '2022-01-05'), axisEvent('b', '2024-11-30')], []);
    expect(months?.scale).toEqual([
      { from: 0, to: 11, label: '2022' },
      { from: 12, to: 23, label: '2023' },
      { from: 24, to: 34, label: '2024' },
    ]);
  });

  it('gives the same periods in any build time zone', () => {
    const events = [axisEvent('a', '2022-01-01'), axisEvent('b', '2022-01-03')];
    expect(buildTimeAxis(events, [])?.periods.map(({ start }) => start)).toEqual([
      '2022-01-01',
      '2022-01-02',
      '2022-01-03',
    ]);
  });
});

describe('keyEventsToMark', () => {
  const events = Array.from({ length: 10 }, (_, index) =>
    axisEvent(`e${index}`, `2022-03-${String(index + 1).padStart(2, '0')}`, { importance: index % 2 === 0 ? 3 : 2 }),
  );

  it('marks every key event when they fit', () => {
    expect(keyEventsToMark(events).map(({ id }) => id)).toEqual(['e0', 'e2', 'e4', 'e6', 'e8']);
  });

  it('spreads the marks evenly when there are more than the limit', () => {
    expect(keyEventsToMark(events, 3).map(({ id }) => id)).toEqual(['e0', 'e2', 'e6']);
  });
});
