/**
 * Event dates as editors write them: year, month, day or minute precision, with an optional
 * UTC offset. Every calendar computation goes through date-fns on `UTCDate`, so a calendar day
 * written in the content is the same calendar day on a build machine in any time zone.
 */
import { UTCDate } from '@date-fns/utc';
import { compareAsc, format, lastDayOfMonth, type Locale } from 'date-fns';
import { ar, de, enGB, es, fr, uk } from 'date-fns/locale';

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface EventDate {
  /** The date as written, normalised to the SPEC's form: `2022`, `2022-03`, `2022-03-19`, `2022-03-21T23:30+03:00`. */
  written: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present from month precision on. */
  month?: number;
  /** 1–31, present from day precision on. */
  day?: number;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC when the editor wrote an offset (`Z` is 0); absent for a floating local time. */
  offsetMinutes?: number;
}

export type DateParseResult = { ok: true; date: EventDate } | { ok: false; message: string };

const DATE_PATTERN =
  /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?<offset>Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const FORMS_HINT = 'write it as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DDTHH:mm with an optional offset (Z, +01:00)';

const twoDigits = (value: number) => String(value).padStart(2, '0');
const fourDigits = (value: number) => String(value).padStart(4, '0');

/** A UTC calendar date; unlike `new UTCDate(year, …)`, the years 0000–0099 are not read as 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number, hour = 0, minute = 0): UTCDate {
  const result = new UTCDate(Date.UTC(2000, 0, 1, hour, minute));
  result.setUTCFullYear(year, monthIndex, day);
  return result;
}

/**
 * Reads a date as a YAML parser hands it over: a string, a number (`date: 1991`) or a `Date`
 * (an unquoted `2022-03-19` is a UTC timestamp, so its UTC fields are the calendar day written).
 */
export function parseEventDate(value: unknown): DateParseResult {
  if (value instanceof Date) return parseDateObject(value);
  if (typeof value === 'number' && Number.isInteger(value)) return parseDateString(String(value));
  if (typeof value === 'string') return parseDateString(value.trim());
  return { ok: false, message: `expected a date, got ${describeValue(value)}; ${FORMS_HINT}` };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function parseDateObject(value: Date): DateParseResult {
  if (Number.isNaN(value.getTime())) return { ok: false, message: `not a valid date; ${FORMS_HINT}` };
  const utc = new UTCDate(value.getTime());
  const isMidnight =
    utc.getUTCHours() === 0 && utc.getUTCMinutes() === 0 && utc.getUTCSeconds() === 0 && utc.getUTCMilliseconds() === 0;
  return parseDateString(format(utc, isMidnight ? 'yyyy-MM-dd' : "yyyy-MM-dd'T'HH:mm'Z'"));
}

function parseOffset(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

function parseDateString(text: string): DateParseResult {
  const groups = DATE_PATTERN.exec(text)?.groups;
  if (!groups) return { ok: false, message: `"${text}" is not a date in a supported form; ${FORMS_HINT}` };
  const year = Number(groups.year);
  // HTML's <time datetime> has no year 0000.
  if (year === 0) return { ok: false, message: `"${text}" has year 0000, which does not exist; years start at 0001` };
  const date: EventDate = { written: text, precision: 'year', year };
  if (groups.month === undefined) return { ok: true, date };
  const month = Number(groups.month);
  if (month < 1 || month > 12)
    return { ok: false, message: `"${text}" has month ${groups.month}; months run from 01 to 12` };
  Object.assign(date, { precision: 'month', month });
  if (groups.day === undefined) return { ok: true, date };
  const day = Number(groups.day);
  if (utcDate(year, month - 1, day).getUTCDate() !== day) {
    const monthLength = lastDayOfMonth(utcDate(year, month - 1, 1)).getDate();
    return {
      ok: false,
      message: `"${text}" is not a real calendar date: ${format(utcDate(year, month - 1, 1), 'MMMM yyyy')} has ${monthLength} days`,
    };
  }
  Object.assign(date, { precision: 'day', day });
  if (groups.hour === undefined) return { ok: true, date };
  const hour = Number(groups.hour);
  const minute = Number(groups.minute);
  if (hour > 23 || minute > 59)
    return { ok: false, message: `"${text}" has an impossible time of day; use 00:00 to 23:59` };
  Object.assign(date, { precision: 'time', hour, minute });
  if (groups.offset !== undefined) {
    const offsetMinutes = parseOffset(groups.offset);
    if (Number(groups.offset.slice(4) || 0) > 59)
      return { ok: false, message: `"${text}" has an offset with more than 59 minutes` };
    if (Math.abs(offsetMinutes) > 14 * 60) return { ok: false, message: `"${text}" has an offset beyond ±14:00` };
    date.offsetMinutes = offsetMinutes;
  }
  return { ok: true, date };
}

/** The wall-clock fields written by the editor, as a `UTCDate` so date-fns reads them back unchanged. */
function wallClock(date: EventDate): UTCDate {
  return utcDate(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0);
}

/** The instant a timed date denotes (a time without offset is read as UTC), for ordering within a day. */
function instantOf(date: EventDate): number {
  return wallClock(date).getTime() - (date.offsetMinutes ?? 0) * 60_000;
}

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${twoDigits(minutes)}` : ''}`;
}

/**
 * How one language writes dates: a date-fns locale and date-fns patterns. Month and weekday
 * names, their grammatical case (Ukrainian genitive "18 березня", nominative "березень 2022")
 * and word order all come from the patterns and the locale.
 */
export interface DatePatterns {
  locale: Locale;
  /** A month on its own, as in a heading: `MMMM yyyy`, or `LLLL yyyy` for a standalone form. */
  month: string;
  day: string;
  /** A day with a time of day; the offset, when shown, follows it. */
  time: string;
  /** A day heading in lists, with the weekday. */
  weekday: string;
  /** The start of a range that ends in the same month: `d` gives "10–11 March 2022". */
  rangeStartInMonth: string;
  /** The start of a range that ends in the same year: `d MMMM` gives "28 June – 2 July 2022". */
  rangeStartInYear: string;
}

/** Date patterns of every interface language. */
export const DATE_PATTERNS = {
  en: {
    locale: enGB,
    month: 'MMMM yyyy',
    day: 'd MMMM yyyy',
    time: 'd MMMM yyyy, HH:mm',
    weekday: 'EEEE d MMMM yyyy',
    rangeStartInMonth: 'd',
    rangeStartInYear: 'd MMMM',
  },
  uk: {
    locale: uk,
    month: 'LLLL yyyy',
    day: 'd MMMM yyyy',
    time: 'd MMMM yyyy, HH:mm',
    weekday: 'EEEE, d MMMM yyyy',
    rangeStartInMonth: 'd',
    rangeStartInYear: 'd MMMM',
  },
  fr: {
    locale: fr,
    month: 'MMMM yyyy',
    // `do` writes the first of the month "1er", as French does.
    day: 'do MMMM yyyy',
    time: "do MMMM yyyy 'à' HH:mm",
    weekday: 'EEEE do MMMM yyyy',
    // date-fns writes a lone `do` as "10ème"; before a month, as "10" (and "1er").
    rangeStartInMonth: 'd',
    rangeStartInYear: 'do MMMM',
  },
  de: {
    locale: de,
    month: 'MMMM yyyy',
    day: 'd. MMMM yyyy',
    time: "d. MMMM yyyy, HH:mm 'Uhr'",
    weekday: 'EEEE, d. MMMM yyyy',
    rangeStartInMonth: 'd.',
    rangeStartInYear: 'd. MMMM',
  },
  es: {
    locale: es,
    month: "MMMM 'de' yyyy",
    day: "d 'de' MMMM 'de' yyyy",
    time: "d 'de' MMMM 'de' yyyy, HH:mm",
    weekday: "EEEE, d 'de' MMMM 'de' yyyy",
    rangeStartInMonth: 'd',
    rangeStartInYear: "d 'de' MMMM",
  },
  ar: {
    locale: ar,
    month: 'MMMM yyyy',
    day: 'd MMMM yyyy',
    time: 'd MMMM yyyy، HH:mm',
    weekday: 'EEEE، d MMMM yyyy',
    rangeStartInMonth: 'd',
    rangeStartInYear: 'd MMMM',
  },
} as const satisfies Record<string, DatePatterns>;

/** The words around dates, from the interface messages: `{date}` stands for the date. */
export interface DateWords {
  /** An uncertain date by its precision ("about March 2022", French "vers le 18 mars 2022"). */
  approximate: Record<'year' | 'month' | 'day', string>;
  /** Heading of events dated by year only: "2022, month not known". */
  monthNotKnown: string;
  /** Heading of events dated by month only: "March 2022, day not known". */
  dayNotKnown: string;
}

export interface FormatOptions {
  /** Show the offset of a timed date ("14:30 UTC+1"); lists show the day and the time only. */
  withOffset?: boolean;
}

/** An event's dates as the interface shows them, in one language. */
export interface DateFormat {
  /** Human form at the written precision: "2022", "March 2022", "19 March 2022", "19 March 2022, 14:30 UTC+1". */
  date: (date: EventDate, options?: FormatOptions) => string;
  /** A range sharing what both ends share: "10–11 March 2022", "28 June – 2 July 2022". */
  range: (start: EventDate, end: EventDate | undefined, options?: FormatOptions) => string;
  /** An event's "when": its range, marked as uncertain ("about …") when it is. */
  when: (
    event: { date: EventDate; end?: EventDate | undefined; approximate?: boolean },
    options?: FormatOptions,
  ) => string;
  /** A heading for a `monthKey`: "March 2022", or the year alone. */
  month: (key: string) => string;
  /** The day heading a date is listed under: its own day with the weekday, or its month or year. */
  dayHeading: (date: EventDate) => { key: string; label: string };
}

const fill = (template: string, date: string) => template.replace('{date}', date);

export function createDateFormat(patterns: DatePatterns, words: DateWords): DateFormat {
  const { locale } = patterns;
  const code = locale.code ?? 'en';
  // A build shows the same few thousand dates on many pages: each date is formatted once per pattern.
  const formatted = new Map<string, string>();
  const remembered = (key: string, compute: () => string) => {
    let text = formatted.get(key);
    if (text === undefined) {
      text = compute();
      formatted.set(key, text);
    }
    return text;
  };
  const formatIn = (date: Date, pattern: string) => format(date, pattern, { locale });
  const formatDate = (value: EventDate, pattern: string) =>
    remembered(`${pattern}\u0000${value.written}`, () => formatIn(wallClock(value), pattern));
  // Headings start a line: "Березень 2022", "Vendredi 18 mars 2022", whatever the language's case.
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(code) + text.slice(1);

  const date: DateFormat['date'] = (value, { withOffset = true } = {}) => {
    switch (value.precision) {
      case 'year':
        return formatDate(value, 'yyyy');
      case 'month':
        return formatDate(value, patterns.month);
      case 'day':
        return formatDate(value, patterns.day);
      case 'time': {
        const base = formatDate(value, patterns.time);
        return withOffset && value.offsetMinutes !== undefined ? `${base} ${formatOffset(value.offsetMinutes)}` : base;
      }
    }
  };

  const range: DateFormat['range'] = (start, end, options) => {
    if (!end || end.written === start.written) return date(start, options);
    const sameYear = start.year === end.year;
    const bothDays = start.precision === 'day' && end.precision === 'day';
    if (bothDays && sameYear && start.month === end.month) {
      return `${formatDate(start, patterns.rangeStartInMonth)}–${date(end)}`;
    }
    if (bothDays && sameYear) return `${formatDate(start, patterns.rangeStartInYear)} – ${date(end)}`;
    return `${date(start, options)} – ${date(end, options)}`;
  };

  const month = (key: string) => {
    const [year = '0', monthNumber] = key.split('-');
    return monthNumber === undefined
      ? year
      : remembered(`month\u0000${key}`, () =>
          capitalised(formatIn(utcDate(Number(year), Number(monthNumber) - 1, 1), patterns.month)),
        );
  };

  return {
    date,
    range,
    when: ({ date: start, end, approximate = false }, options) => {
      const text = range(start, end, options);
      if (!approximate) return text;
      return fill(words.approximate[start.precision === 'time' ? 'day' : start.precision], text);
    },
    month,
    dayHeading: (value) => {
      const key = dayKey(value);
      // Under a month heading, "March 2022" again would say nothing: say what the group is.
      if (value.precision === 'year') return { key, label: fill(words.monthNotKnown, date(value)) };
      if (value.precision === 'month') return { key, label: capitalised(fill(words.dayNotKnown, date(value))) };
      return { key, label: capitalised(formatDate(value, patterns.weekday)) };
    },
  };
}

/** Calendar position of a date: year, then month (0 = the whole year), then day (0 = the whole month). */
function calendarKey(date: EventDate): [number, number, number] {
  return [date.year, date.month ?? 0, date.day ?? 0];
}

/**
 * Timeline order: by calendar day as written; a month or year comes before its days; on one day,
 * untimed first, then by instant. Returns 0 for dates that share a position, so callers add a tie-break.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const keyA = calendarKey(a);
  const keyB = calendarKey(b);
  for (let index = 0; index < keyA.length; index += 1) {
    const difference = (keyA[index] ?? 0) - (keyB[index] ?? 0);
    if (difference !== 0) return difference;
  }
  const timedA = a.precision === 'time';
  const timedB = b.precision === 'time';
  if (timedA !== timedB) return timedA ? 1 : -1;
  return timedA ? compareAsc(instantOf(a), instantOf(b)) : 0;
}

/** The last calendar day a date covers, so `2022-03` ends on 31 March. */
function lastDayCovered(date: EventDate): UTCDate {
  if (date.precision === 'year') return utcDate(date.year, 11, 31);
  if (date.precision === 'month') return lastDayOfMonth(utcDate(date.year, (date.month ?? 1) - 1, 1));
  return utcDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first calendar day a date covers, so `2022-03` starts on 1 March. */
function firstDayCovered(date: EventDate): UTCDate {
  return utcDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

export interface CalendarSpan {
  /** UTC midnight of the first calendar day covered. */
  first: UTCDate;
  /** UTC midnight of the last calendar day covered. */
  last: UTCDate;
}

/**
 * The calendar days from the start of `start` to the end of `end` (or of `start` alone), each at
 * the precision written: `2022-03` covers 1–31 March, `2022` the whole year; a timed date covers
 * its written day.
 */
export function calendarSpan(start: EventDate, end?: EventDate): CalendarSpan {
  return { first: firstDayCovered(start), last: lastDayCovered(end ?? start) };
}

/** True when `end` finishes before `start` begins, which makes a range impossible. */
export function endsBeforeStart(start: EventDate, end: EventDate): boolean {
  const startDay = firstDayCovered(start);
  const endDay = lastDayCovered(end);
  if (compareAsc(endDay, startDay) !== 0) return compareAsc(endDay, startDay) < 0;
  return start.precision === 'time' && end.precision === 'time' && instantOf(end) < instantOf(start);
}

/** True when `date` falls on a calendar day before the first day `reference` covers (`2022-03` starts on 1 March). */
export function startsBefore(date: EventDate, reference: EventDate): boolean {
  return compareAsc(firstDayCovered(date), firstDayCovered(reference)) < 0;
}

/** A string that sorts in timeline order, for search indexes that sort lexically. */
export function sortableDateKey(date: EventDate): string {
  const [year, month, day] = calendarKey(date);
  const dayKey = `${fourDigits(year)}-${twoDigits(month)}-${twoDigits(day)}`;
  return date.precision === 'time' ? `${dayKey}T${new UTCDate(instantOf(date)).toISOString()}` : dayKey;
}

/** Year and month a date belongs to, for grouping lists. */
export function monthKey(date: EventDate): string {
  return date.month === undefined ? fourDigits(date.year) : `${fourDigits(date.year)}-${twoDigits(date.month)}`;
}

/** The key of the day group a date is listed under: `2022-03-19`, or `2022-03` / `2022` for coarser dates. */
export function dayKey(date: EventDate): string {
  if (date.precision === 'year' || date.precision === 'month') return date.written;
  return `${fourDigits(date.year)}-${twoDigits(date.month ?? 1)}-${twoDigits(date.day ?? 1)}`;
}

/** The instant a date starts at (its first moment in UTC for untimed dates), for feeds and structured data. */
export function toInstant(date: EventDate): Date {
  return new Date(instantOf(date));
}
