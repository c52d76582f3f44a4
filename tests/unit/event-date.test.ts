import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import {
  compareEventDates,
  endsBeforeStart,
  monthKey,
  parseEventDate,
  sortableDateKey,
  toInstant,
  type EventDate,
} from '../../src/lib/event-date';
import { english } from './fixtures';

const {
  date: formatEventDate,
  range: formatDateRange,
  when: formatEventWhen,
  month: formatMonthKey,
  dayHeading,
} = english.dates;

/** Parses a date that must be valid, failing the test with the parser's message otherwise. */
function date(value: unknown): EventDate {
  const result = parseEventDate(value);
  if (!result.ok) throw new Error(`expected ${String(value)} to parse: ${result.message}`);
  return result.date;
}

/** The parser's message for a date that must be rejected. */
function rejection(value: unknown): string {
  const result = parseEventDate(value);
  if (result.ok) throw new Error(`expected ${String(value)} to be rejected, got ${JSON.stringify(result.date)}`);
  return result.message;
}

/** What an unquoted YAML value turns into, as Astro's frontmatter parser reads it (YAML 1.1 timestamps). */
function unquotedYaml(text: string): unknown {
  return (loadYaml(`date: ${text}`) as { date: unknown }).date;
}

describe('parseEventDate: the SPEC date forms', () => {
  it('reads a year as year precision', () => {
    expect(date('2022')).toEqual({ written: '2022', precision: 'year', year: 2022 });
  });

  it('reads a bare YAML number such as `date: 1991` as that year', () => {
    expect(date(1991)).toEqual({ written: '1991', precision: 'year', year: 1991 });
  });

  it('reads a year and month as month precision', () => {
    expect(date('2022-03')).toEqual({ written: '2022-03', precision: 'month', year: 2022, month: 3 });
  });

  it('reads a calendar day as day precision', () => {
    expect(date('2022-03-19')).toEqual({ written: '2022-03-19', precision: 'day', year: 2022, month: 3, day: 19 });
  });

  it('reads an unquoted YAML date (a JS Date at UTC midnight) as the calendar day written, in any time zone', () => {
    const fromYaml = unquotedYaml('2022-03-19');
    expect(fromYaml).toBeInstanceOf(Date);
    expect(date(fromYaml)).toEqual({ written: '2022-03-19', precision: 'day', year: 2022, month: 3, day: 19 });
    // The first and last days of a year are where a time-zone slip would show first.
    expect(date(unquotedYaml('2022-01-01')).written).toBe('2022-01-01');
    expect(date(unquotedYaml('2021-12-31')).written).toBe('2021-12-31');
  });

  it('reads a Date constructed for UTC midnight as that day, not the local day before or after', () => {
    expect(date(new Date(Date.UTC(2024, 1, 29))).written).toBe('2024-02-29');
  });

  it('reads a time with a positive offset, keeping the offset as written', () => {
    expect(date('2022-03-21T23:30+03:00')).toEqual({
      written: '2022-03-21T23:30+03:00',
      precision: 'time',
      year: 2022,
      month: 3,
      day: 21,
      hour: 23,
      minute: 30,
      offsetMinutes: 180,
    });
  });

  it('reads a time in UTC written with `Z`', () => {
    const parsed = date('2022-03-21T08:05Z');
    expect(parsed.precision).toBe('time');
    expect(parsed.offsetMinutes).toBe(0);
    expect(parsed.written).toBe('2022-03-21T08:05Z');
  });

  it('reads a negative offset with minutes, such as -05:30', () => {
    const parsed = date('2022-03-21T10:00-05:30');
    expect(parsed.offsetMinutes).toBe(-330);
    expect(parsed.hour).toBe(10);
    expect(parsed.minute).toBe(0);
  });

  it('reads a time without an offset as a time with no offset', () => {
    const parsed = date('2022-03-21T14:30');
    expect(parsed.precision).toBe('time');
    expect(parsed).not.toHaveProperty('offsetMinutes');
  });

  it('ignores spaces around a quoted date', () => {
    expect(date(' 2022-03-19 ').written).toBe('2022-03-19');
  });
});

describe('dates in the first century', () => {
  it('keeps the year 0079 instead of reading it as 1979', () => {
    expect(formatEventDate(date('0079'))).toBe('0079');
    expect(formatEventDate(date('0079-08-24'))).toBe('24 August 0079');
    expect(dayHeading(date('0079-08-24')).key).toBe('0079-08-24');
    expect(monthKey(date('0079-08-24'))).toBe('0079-08');
  });

  it('checks leap days by the year written', () => {
    expect(date('0004-02-29').day).toBe(29);
    expect(rejection('0001-02-29')).toMatch(/February 0001 has 28 days/);
  });

  it('sorts before later centuries, by comparison and by key alike', () => {
    const early = date('0079-08-24');
    const late = date('1991');
    expect(compareEventDates(early, late)).toBeLessThan(0);
    expect(sortableDateKey(early) < sortableDateKey(late)).toBe(true);
  });
});

describe('parseEventDate: impossible and malformed dates', () => {
  it('rejects 30 February and says how many days February has', () => {
    expect(rejection('2022-02-30')).toMatch(/"2022-02-30" is not a real calendar date: February 2022 has 28 days/);
  });

  it('rejects 29 February in a common year but accepts it in a leap year', () => {
    expect(rejection('2023-02-29')).toMatch(/February 2023 has 28 days/);
    expect(date('2024-02-29').day).toBe(29);
  });

  it('rejects 31 April', () => {
    expect(rejection('2022-04-31')).toMatch(/April 2022 has 30 days/);
  });

  it('rejects month 13 and month 00', () => {
    expect(rejection('2022-13')).toMatch(/month 13; months run from 01 to 12/);
    expect(rejection('2022-13-01')).toMatch(/month 13/);
    expect(rejection('2022-00-10')).toMatch(/month 00/);
  });

  it('rejects day 00', () => {
    expect(rejection('2022-03-00')).toMatch(/not a real calendar date/);
  });

  it('rejects 24:00 and minute 60 as impossible times of day', () => {
    expect(rejection('2022-03-19T24:00')).toMatch(/impossible time of day/);
    expect(rejection('2022-03-19T12:60Z')).toMatch(/impossible time of day/);
  });

  it('rejects offset minutes beyond 59 and the year 0000, which HTML cannot hold', () => {
    expect(rejection('2022-03-19T12:00+05:75')).toMatch(/more than 59 minutes/);
    expect(rejection('0000')).toMatch(/year 0000/);
  });

  it('rejects an offset beyond ±14:00', () => {
    expect(rejection('2022-03-19T12:00+15:00')).toMatch(/offset beyond/);
  });

  it.each([
    ['19 March 2022'],
    ['2022/03/19'],
    ['22-03-19'],
    ['2022-3-19'],
    ['2022-03-19T9:00'],
    ['2022-03-19 14:30'],
    ['2022-03-19T14:30+0300'],
    ['2022-03-19T14:30:15Z'],
    ['March 2022'],
    [''],
  ])('rejects the malformed string %j and names the supported forms', (text) => {
    expect(rejection(text)).toMatch(/not a date in a supported form; write it as YYYY-MM-DD, YYYY-MM, YYYY/);
  });

  it('rejects a missing value, a list, a fraction and an invalid Date', () => {
    expect(rejection(undefined)).toMatch(/got nothing/);
    expect(rejection(null)).toMatch(/got nothing/);
    expect(rejection(['2022'])).toMatch(/got a list/);
    expect(rejection(2022.5)).toMatch(/expected a date/);
    expect(rejection(new Date(Number.NaN))).toMatch(/not a valid date/);
  });
});

describe('formatEventDate: the precision written is the precision shown', () => {
  it('shows a year alone', () => {
    expect(formatEventDate(date('1991'))).toBe('1991');
  });

  it('shows a month as "March 2022"', () => {
    expect(formatEventDate(date('2022-03'))).toBe('March 2022');
  });

  it('shows a day as "19 March 2022"', () => {
    expect(formatEventDate(date('2022-03-19'))).toBe('19 March 2022');
  });

  it('shows an unquoted YAML day as the same day', () => {
    expect(formatEventDate(date(unquotedYaml('2022-03-01')))).toBe('1 March 2022');
  });

  it('shows a time in its own offset, never converted to the build machine zone', () => {
    expect(formatEventDate(date('2022-03-21T23:30+03:00'))).toBe('21 March 2022, 23:30 UTC+3');
  });

  it('shows `Z` as UTC and a negative offset with a minus sign and minutes', () => {
    expect(formatEventDate(date('2022-03-21T23:30Z'))).toBe('21 March 2022, 23:30 UTC');
    expect(formatEventDate(date('2022-03-21T09:05-05:30'))).toBe('21 March 2022, 09:05 UTC−5:30');
  });

  it('shows a time without an offset without inventing one', () => {
    expect(formatEventDate(date('2022-03-19T14:30'))).toBe('19 March 2022, 14:30');
  });

  it('leaves the offset out for list entries, which show the day and the time', () => {
    expect(formatEventDate(date('2022-03-21T23:30+03:00'), { withOffset: false })).toBe('21 March 2022, 23:30');
  });

  it('marks an approximate date with "about", ranges included', () => {
    expect(formatEventWhen({ date: date('2022-03'), approximate: true })).toBe('about March 2022');
    expect(formatEventWhen({ date: date('2022-03'), approximate: false })).toBe('March 2022');
    expect(formatEventWhen({ date: date('2022-03-10'), end: date('2022-03-11'), approximate: true })).toBe(
      'about 10–11 March 2022',
    );
  });
});

describe('formatDateRange', () => {
  it('shares the month and year of two days in one month: "10–11 March 2022"', () => {
    expect(formatDateRange(date('2022-03-10'), date('2022-03-11'))).toBe('10–11 March 2022');
  });

  it('shares the year of two days in different months', () => {
    expect(formatDateRange(date('2022-06-28'), date('2022-07-02'))).toBe('28 June – 2 July 2022');
  });

  it('writes both dates out in full across a year boundary', () => {
    expect(formatDateRange(date('2021-12-30'), date('2022-01-02'))).toBe('30 December 2021 – 2 January 2022');
  });

  it('shows a single date when there is no end or the end equals the start', () => {
    expect(formatDateRange(date('2022-03-10'), undefined)).toBe('10 March 2022');
    expect(formatDateRange(date('2022-03-10'), date('2022-03-10'))).toBe('10 March 2022');
  });

  it('joins dates of different precision in full', () => {
    expect(formatDateRange(date('2022-03'), date('2022-05'))).toBe('March 2022 – May 2022');
    expect(formatDateRange(date('2022-03-10T09:00+01:00'), date('2022-03-11'))).toBe(
      '10 March 2022, 09:00 UTC+1 – 11 March 2022',
    );
  });
});

describe('compareEventDates: SPEC "Order"', () => {
  const sorted = (texts: string[]) =>
    texts
      .map((text) => date(text))
      .sort(compareEventDates)
      .map(({ written }) => written);

  it('orders by calendar day as written', () => {
    expect(sorted(['2022-03-19', '2021-12-31', '2022-03-02', '2022-01-15'])).toEqual([
      '2021-12-31',
      '2022-01-15',
      '2022-03-02',
      '2022-03-19',
    ]);
  });

  it('puts a year before its months and a month before its days', () => {
    expect(sorted(['2022-03-01', '2022-03', '2022-01-31', '2022', '2021-12-31', '2023'])).toEqual([
      '2021-12-31',
      '2022',
      '2022-01-31',
      '2022-03',
      '2022-03-01',
      '2023',
    ]);
  });

  it('puts untimed events of a day before its timed ones', () => {
    expect(sorted(['2022-03-19T00:00Z', '2022-03-19', '2022-03-18T23:59Z'])).toEqual([
      '2022-03-18T23:59Z',
      '2022-03-19',
      '2022-03-19T00:00Z',
    ]);
  });

  it('orders timed events of one day by their instant, not their wall clock', () => {
    // 23:30+03:00 is 20:30 UTC and 15:59-05:00 is 20:59 UTC: both come before 21:00 UTC.
    expect(sorted(['2022-03-21T21:00Z', '2022-03-21T23:30+03:00', '2022-03-21T15:59-05:00'])).toEqual([
      '2022-03-21T23:30+03:00',
      '2022-03-21T15:59-05:00',
      '2022-03-21T21:00Z',
    ]);
  });

  it('keeps the calendar day as written first, even when an offset puts the instant on another UTC day', () => {
    // 01:00+05:00 on 22 March is 20:00 UTC on 21 March, yet it is listed under 22 March.
    expect(sorted(['2022-03-22T01:00+05:00', '2022-03-21T23:00Z'])).toEqual([
      '2022-03-21T23:00Z',
      '2022-03-22T01:00+05:00',
    ]);
  });

  it('treats dates at the same position as equal, so callers can break the tie', () => {
    expect(compareEventDates(date('2022-03-19'), date(unquotedYaml('2022-03-19')))).toBe(0);
    expect(compareEventDates(date('2022-03-21T23:30+03:00'), date('2022-03-21T20:30Z'))).toBe(0);
    expect(compareEventDates(date('2022'), date(2022))).toBe(0);
  });
});

describe('endsBeforeStart', () => {
  it('flags an end day before the start day', () => {
    expect(endsBeforeStart(date('2022-03-19'), date('2022-03-18'))).toBe(true);
    expect(endsBeforeStart(date('2022-03-19'), date('2021-12-31'))).toBe(true);
  });

  it('accepts an end on or after the start', () => {
    expect(endsBeforeStart(date('2022-03-19'), date('2022-03-19'))).toBe(false);
    expect(endsBeforeStart(date('2022-03-19'), date('2022-03-20'))).toBe(false);
  });

  it('accepts a coarser end that covers the start: `end: 2022-03` for a start on 19 March', () => {
    expect(endsBeforeStart(date('2022-03-19'), date('2022-03'))).toBe(false);
    expect(endsBeforeStart(date('2022-03-19'), date('2022'))).toBe(false);
    expect(endsBeforeStart(date('2022-03-19'), date('2022-02'))).toBe(true);
  });

  it('accepts a day inside a month-precision start', () => {
    expect(endsBeforeStart(date('2022-03'), date('2022-03-10'))).toBe(false);
  });

  it('compares times on the same day by instant', () => {
    expect(endsBeforeStart(date('2022-03-19T12:00Z'), date('2022-03-19T10:00Z'))).toBe(true);
    expect(endsBeforeStart(date('2022-03-19T12:00+03:00'), date('2022-03-19T10:00Z'))).toBe(false);
    expect(endsBeforeStart(date('2022-03-19T12:00Z'), date('2022-03-19'))).toBe(false);
  });
});

describe('sortableDateKey', () => {
  const forms = [
    '2021',
    '2021-12-31',
    '2022',
    '2022-01',
    '2022-01-01',
    '2022-01-01T00:00Z',
    '2022-03',
    '2022-03-02',
    '2022-03-19',
    '2022-03-19T00:30+03:00',
    '2022-03-19T08:00Z',
    '2022-03-19T09:00+05:00',
    '2022-03-19T23:59-12:00',
    '2022-03-20',
    '2022-03-21T23:30+03:00',
    '2022-03-21T21:00Z',
    '2022-12',
    '2023',
  ];

  it('sorts lexically in the same order as compareEventDates', () => {
    const dates = forms.map((text) => date(text));
    const byCompare = [...dates].sort(compareEventDates).map(({ written }) => written);
    const byKey = [...dates]
      .sort((a, b) => (sortableDateKey(a) < sortableDateKey(b) ? -1 : sortableDateKey(a) > sortableDateKey(b) ? 1 : 0))
      .map(({ written }) => written);
    expect(byKey).toEqual(byCompare);
  });

  it('gives equal keys to dates at the same position', () => {
    expect(sortableDateKey(date('2022-03-21T23:30+03:00'))).toBe(sortableDateKey(date('2022-03-21T20:30Z')));
    expect(sortableDateKey(date(unquotedYaml('2022-03-19')))).toBe(sortableDateKey(date('2022-03-19')));
  });
});

describe('grouping keys and headings', () => {
  it('gives the month key of a day, a time and a month, and the year alone for a year', () => {
    expect(monthKey(date('2022-03-19'))).toBe('2022-03');
    expect(monthKey(date('2022-03-21T23:30+03:00'))).toBe('2022-03');
    expect(monthKey(date('2022-03'))).toBe('2022-03');
    expect(monthKey(date('2022'))).toBe('2022');
  });

  it('labels a month key as "March 2022" and a year key as the year', () => {
    expect(formatMonthKey('2022-03')).toBe('March 2022');
    expect(formatMonthKey('2022')).toBe('2022');
  });

  it('heads a day with its weekday, in any time zone', () => {
    expect(dayHeading(date('2022-03-19'))).toEqual({ key: '2022-03-19', label: 'Saturday 19 March 2022' });
    expect(dayHeading(date(unquotedYaml('2022-03-19')))).toEqual({
      key: '2022-03-19',
      label: 'Saturday 19 March 2022',
    });
  });

  it('heads a timed event under its day as written, not its UTC day', () => {
    expect(dayHeading(date('2022-03-22T01:00+05:00'))).toEqual({ key: '2022-03-22', label: 'Tuesday 22 March 2022' });
  });

  it('heads a month or year event under its month or year, saying the finer part is not known', () => {
    expect(dayHeading(date('2022-03'))).toEqual({ key: '2022-03', label: 'March 2022, day not known' });
    expect(dayHeading(date('2022'))).toEqual({ key: '2022', label: '2022, month not known' });
  });
});

describe('toInstant', () => {
  it('gives the UTC instant of a time with an offset', () => {
    expect(toInstant(date('2022-03-21T23:30+03:00')).toISOString()).toBe('2022-03-21T20:30:00.000Z');
  });

  it('gives UTC midnight for a day in any time zone', () => {
    expect(toInstant(date('2022-03-19')).toISOString()).toBe('2022-03-19T00:00:00.000Z');
    expect(toInstant(date('2022')).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});
