import { describe, expect, it } from 'vitest';
import { byChronology, groupByMonthAndDay } from '../../src/lib/chronology';
import { english, event, ids, type TestEvent } from './fixtures';

/** Every rotation and the reverse of a list, so an order that depends on input order shows up. */
function reorderings<Item>(items: readonly Item[]): Item[][] {
  const rotations = items.map((_, shift) => [...items.slice(shift), ...items.slice(0, shift)]);
  return [...rotations, ...rotations.map((rotation) => [...rotation].reverse())];
}

describe('byChronology', () => {
  it('puts a year before its months, a month before its days, and untimed before timed events on a day', () => {
    const events = [
      event('timed-late', '2022-03-19T18:00Z'),
      event('day', '2022-03-19'),
      event('month', '2022-03'),
      event('year', '2022'),
      event('timed-early', '2022-03-19T09:00+01:00'),
      event('previous-year', '2021-12-31'),
    ];
    expect(ids([...events].sort(byChronology))).toEqual([
      'previous-year',
      'year',
      'month',
      'day',
      'timed-early',
      'timed-late',
    ]);
  });

  it('breaks a tie on the same day by title, ignoring case and reading numbers as numbers', () => {
    const events = [
      event('c', '2022-03-19', { title: 'zelenskyy speaks' }),
      event('a', '2022-03-19', { title: 'Talks, round 10' }),
      event('b', '2022-03-19', { title: 'talks, round 9' }),
      event('d', '2022-03-19', { title: 'Airport shelled' }),
    ];
    expect(ids([...events].sort(byChronology))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('breaks a tie on the same instant by title, whatever offset each was written in', () => {
    const events = [
      event('kyiv-time', '2022-03-21T22:30+02:00', { title: 'B statement' }),
      event('utc', '2022-03-21T20:30Z', { title: 'A statement' }),
    ];
    expect(ids([...events].sort(byChronology))).toEqual(['utc', 'kyiv-time']);
  });

  it('breaks a tie of date and title by id', () => {
    const events = [
      event('talks-b', '2022-03-19', { title: 'Talks' }),
      event('talks-a', '2022-03-19', { title: 'Talks' }),
    ];
    expect(ids([...events].sort(byChronology))).toEqual(['talks-a', 'talks-b']);
  });

  it('gives the same order whatever order the events arrive in', () => {
    const events = [
      event('e1', '2022-03-19', { title: 'Same' }),
      event('e2', '2022-03-19', { title: 'Same' }),
      event('e3', '2022-03-19', { title: 'same' }),
      event('e4', '2022-03-19T10:00Z', { title: 'Same' }),
      event('e5', '2022-03', { title: 'Same' }),
      event('e6', '2022-03-19T12:00+02:00', { title: 'Other' }),
    ];
    const expected = ids([...events].sort(byChronology));
    expect(expected).toEqual(['e5', 'e1', 'e2', 'e3', 'e6', 'e4']);
    for (const order of reorderings(events)) expect(ids(order.sort(byChronology))).toEqual(expected);
  });
});

describe('groupByMonthAndDay', () => {
  const sorted = (events: TestEvent[]) => [...events].sort(byChronology);

  it('groups events by month, then by day, keeping timeline order', () => {
    const events = sorted([
      event('a', '2022-02-24'),
      event('b', '2022-02-24T05:00+02:00'),
      event('c', '2022-02-26'),
      event('d', '2022-03-01'),
    ]);
    const months = groupByMonthAndDay(events, english.dates);
    expect(months.map(({ key, label }) => ({ key, label }))).toEqual([
      { key: '2022-02', label: 'February 2022' },
      { key: '2022-03', label: 'March 2022' },
    ]);
    expect(
      months[0]?.days.map(({ key, label, datetime, events: dayEvents }) => [key, label, datetime, ids(dayEvents)]),
    ).toEqual([
      ['2022-02-24', 'Thursday 24 February 2022', '2022-02-24', ['a', 'b']],
      ['2022-02-26', 'Saturday 26 February 2022', '2022-02-26', ['c']],
    ]);
    expect(months.flatMap(({ days }) => days.flatMap(({ events: dayEvents }) => ids(dayEvents)))).toEqual(ids(events));
  });

  it('lists a month-precision event under a heading for the month itself, before the days', () => {
    const months = groupByMonthAndDay(sorted([event('day', '2022-03-02'), event('month', '2022-03')]), english.dates);
    expect(months).toHaveLength(1);
    expect(months[0]?.days.map(({ key, label, datetime }) => [key, label, datetime])).toEqual([
      ['2022-03', 'March 2022, day not known', '2022-03'],
      ['2022-03-02', 'Wednesday 2 March 2022', '2022-03-02'],
    ]);
  });

  it('gives a year-precision event a group of its own labelled by the year', () => {
    const months = groupByMonthAndDay(sorted([event('jan', '2022-01-05'), event('year', '2022')]), english.dates);
    expect(months.map(({ key, label }) => [key, label])).toEqual([
      ['2022', '2022'],
      ['2022-01', 'January 2022'],
    ]);
    expect(months[0]?.days[0]?.datetime).toBe('2022');
  });

  it('lists a timed event under the day written, not the UTC day of its instant', () => {
    const months = groupByMonthAndDay(
      sorted([event('late', '2022-03-31T23:30-05:00'), event('early', '2022-04-01T01:00+03:00')]),
      english.dates,
    );
    expect(months.map(({ key }) => key)).toEqual(['2022-03', '2022-04']);
    expect(months[0]?.days[0]?.key).toBe('2022-03-31');
    expect(months[1]?.days[0]?.key).toBe('2022-04-01');
  });

  it('returns no groups for no events', () => {
    expect(groupByMonthAndDay([], english.dates)).toEqual([]);
  });
});
