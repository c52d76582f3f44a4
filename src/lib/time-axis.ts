/**
 * The time axis of a list (SPEC "Time axis"): the whole span of its events cut into contiguous
 * periods of one size, how many events start in each, which periods multi-day and uncertain
 * events cover, and the eras over the span as stacked bands. Pure and computed once per list;
 * `time-axis-html.ts` draws it.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInCalendarYears,
  format,
  startOfMonth,
  startOfWeek,
  startOfYear,
  subDays,
} from 'date-fns';
import {
  calendarSpan,
  formatDateRange,
  formatEventDate,
  parseEventDate,
  type DatePrecision,
  type EventDate,
} from './event-date';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** The fields the axis reads; Astro's `CollectionEntry<'events'>` satisfies it. */
export interface AxisEvent {
  id: string;
  data: {
    date: EventDate;
    end?: EventDate | undefined;
    approximate?: boolean;
    importance?: number;
    title: string;
  };
}

/** The fields of an era the axis reads; Astro's `CollectionEntry<'eras'>` satisfies it. */
export interface AxisEra {
  id: string;
  data: { date: EventDate; end: EventDate; title: string };
}

export interface AxisPeriod<Event> {
  /** `data-bin-start`: `2022`, `2022-03` or `2022-03-07`. */
  start: string;
  /** `data-bin-end`, in the same form: the last day, month or year of the period. */
  end: string;
  /** "March 2022", "7–13 March 2022", "19 March 2022", "2022". */
  label: string;
  /** Events that start in the period: counts add up to the list's length. */
  count: number;
  /** The first of them in timeline order, where the period's link leads. */
  first?: Event | undefined;
  /** Bar height from 0 (no event) to `BAR_LEVELS` (the busiest period). */
  level: number;
  /** Covered by an event lasting more than one day. */
  multiDay: boolean;
  /** Covered by an approximate event or one known only to a month or year coarser than the period. */
  uncertain: boolean;
}

export interface EraBand<Era> {
  era: Era;
  /** First and last period the era covers within the axis. */
  from: number;
  to: number;
  /** Row of stacked bands, from 0: overlapping eras never share a row. */
  row: number;
}

/** A labelled run of periods under the axis: months under days or weeks, years under months. */
export interface ScaleGroup {
  from: number;
  to: number;
  label: string;
}

export interface TimeAxisModel<Event, Era> {
  unit: PeriodUnit;
  periods: AxisPeriod<Event>[];
  bands: EraBand<Era>[];
  /** Number of band rows. */
  rows: number;
  scale: ScaleGroup[];
  total: number;
  busiest: AxisPeriod<Event>;
  /** Index of the period an event starts in. */
  periodOf: (event: Event) => number;
}

/** Heights a bar can take; a few steps read as well as exact heights and need no inline style. */
export const BAR_LEVELS = 8;

/** Largest number of periods per unit before the next, coarser unit is used. */
const MOST_PERIODS: Record<Exclude<PeriodUnit, 'year'>, number> = { day: 62, week: 53, month: 72 };

const STEPS: Record<PeriodUnit, (date: UTCDate, amount: number) => UTCDate> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  year: addYears,
};

/** How fine each unit and precision is: an event coarser than the periods is uncertain on the axis. */
const FINENESS: Record<PeriodUnit | DatePrecision, number> = { time: 0, day: 0, week: 1, month: 2, year: 3 };

const earlier = (a: UTCDate, b: UTCDate) => (b < a ? b : a);
const later = (a: UTCDate, b: UTCDate) => (b > a ? b : a);

function startOfPeriod(date: UTCDate, unit: PeriodUnit): UTCDate {
  if (unit === 'week') return startOfWeek(date, { weekStartsOn: 1 });
  if (unit === 'month') return startOfMonth(date);
  if (unit === 'year') return startOfYear(date);
  return date;
}

function periodsBetween(origin: UTCDate, date: UTCDate, unit: PeriodUnit): number {
  if (unit === 'day') return differenceInCalendarDays(date, origin);
  if (unit === 'week') return Math.floor(differenceInCalendarDays(date, origin) / 7);
  if (unit === 'month') return differenceInCalendarMonths(date, origin);
  return differenceInCalendarYears(date, origin);
}

/** The finest unit that cuts the days from `first` to `last` into few enough periods to read. */
export function choosePeriodUnit(first: UTCDate, last: UTCDate): PeriodUnit {
  for (const unit of ['day', 'week', 'month'] as const) {
    const origin = startOfPeriod(first, unit);
    if (periodsBetween(origin, last, unit) + 1 <= MOST_PERIODS[unit]) return unit;
  }
  return 'year';
}

const FORMS: Record<PeriodUnit, string> = { day: 'yyyy-MM-dd', week: 'yyyy-MM-dd', month: 'yyyy-MM', year: 'yyyy' };

/** A date the axis wrote itself, read back through the date module so labels share its formats. */
function writtenDate(text: string): EventDate {
  const result = parseEventDate(text);
  if (!result.ok) throw new Error(`time axis wrote an impossible date ${text}: ${result.message}`);
  return result.date;
}

function periodLabel(start: string, end: string, unit: PeriodUnit): string {
  return unit === 'week' ? formatDateRange(writtenDate(start), writtenDate(end)) : formatEventDate(writtenDate(start));
}

/** Runs of periods sharing a label: months for day and week axes, years for month axes, decades or more for year axes. */
function scaleOf(periodStarts: readonly UTCDate[], unit: PeriodUnit): ScaleGroup[] {
  const yearStep = [1, 2, 5, 10, 20, 50, 100].find((step) => periodStarts.length / step <= 10) ?? 100;
  const keyOf = (date: UTCDate): string => {
    if (unit === 'day' || unit === 'week') return format(date, 'yyyy-MM');
    const year = date.getUTCFullYear();
    return unit === 'month' ? String(year) : String(year - (year % yearStep));
  };
  const groups: ScaleGroup[] = [];
  periodStarts.forEach((date, index) => {
    const key = keyOf(date);
    const last = groups.at(-1);
    if (last && last.label === key) last.to = index;
    else groups.push({ from: index, to: index, label: key });
  });
  // A group is named after its first period: a year axis from 1991 starts at "1991", not "1990".
  return groups.map((group) => ({
    ...group,
    label:
      unit === 'day' || unit === 'week'
        ? formatEventDate(writtenDate(group.label))
        : String(periodStarts[group.from]?.getUTCFullYear()),
  }));
}

/** Rows for bands so that two bands in one row never share a period; earlier bands take lower rows. */
function stackRows(spans: readonly { from: number; to: number }[]): number[] {
  const rowEnds: number[] = [];
  return spans.map(({ from, to }) => {
    let row = rowEnds.findIndex((end) => end < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to;
    return row;
  });
}

/**
 * The axis of `events` (in timeline order) with the `eras` (in era order) that overlap their span;
 * undefined for a list without events.
 */
export function buildTimeAxis<Event extends AxisEvent, Era extends AxisEra>(
  events: readonly Event[],
  eras: readonly Era[],
): TimeAxisModel<Event, Era> | undefined {
  if (events.length === 0) return undefined;
  const spans = events.map(({ data }) => calendarSpan(data.date, data.end));
  const first = spans.map((span) => span.first).reduce(earlier);
  const last = spans.map((span) => span.last).reduce(later);
  const unit = choosePeriodUnit(first, last);
  const origin = startOfPeriod(first, unit);
  const indexOf = (date: UTCDate) => periodsBetween(origin, date, unit);
  const periodCount = indexOf(last) + 1;
  const starts = Array.from({ length: periodCount }, (_, index) => STEPS[unit](origin, index));

  const counts = new Array<number>(periodCount).fill(0);
  const firsts = new Array<Event | undefined>(periodCount);
  // Coverage as difference arrays: +1 where an event's cover begins, −1 after it ends.
  const multiDay = new Array<number>(periodCount + 1).fill(0);
  const uncertain = new Array<number>(periodCount + 1).fill(0);
  const startIndex = new Map<string, number>();
  events.forEach((event, position) => {
    const span = spans[position] ?? calendarSpan(event.data.date);
    const from = indexOf(span.first);
    const to = indexOf(span.last);
    startIndex.set(event.id, from);
    counts[from] = (counts[from] ?? 0) + 1;
    firsts[from] ??= event;
    const { date, end, approximate } = event.data;
    const coarsest = Math.max(FINENESS[date.precision], end ? FINENESS[end.precision] : 0);
    const covers = (marks: number[]) => {
      marks[from] = (marks[from] ?? 0) + 1;
      marks[to + 1] = (marks[to + 1] ?? 0) - 1;
    };
    if (differenceInCalendarDays(span.last, span.first) > 0 && end) covers(multiDay);
    if (approximate === true || coarsest > FINENESS[unit]) covers(uncertain);
  });

  const most = Math.max(...counts);
  let multiDayDepth = 0;
  let uncertainDepth = 0;
  const periods = starts.map((start, index): AxisPeriod<Event> => {
    multiDayDepth += multiDay[index] ?? 0;
    uncertainDepth += uncertain[index] ?? 0;
    const next = starts[index + 1] ?? STEPS[unit](origin, index + 1);
    const startText = format(start, FORMS[unit]);
    const endText = format(unit === 'week' ? subDays(next, 1) : start, FORMS[unit]);
    const count = counts[index] ?? 0;
    return {
      start: startText,
      end: endText,
      label: periodLabel(startText, endText, unit),
      count,
      first: firsts[index],
      level: Math.ceil((count / most) * BAR_LEVELS),
      multiDay: multiDayDepth > 0,
      uncertain: uncertainDepth > 0,
    };
  });

  const overlapping = eras.flatMap((era) => {
    const span = calendarSpan(era.data.date, era.data.end);
    if (span.last < first || span.first > last) return [];
    return [{ era, from: indexOf(later(span.first, first)), to: indexOf(earlier(span.last, last)) }];
  });
  const rows = stackRows(overlapping);
  const busiest = periods.reduce((best, period) => (period.count > best.count ? period : best));
  return {
    unit,
    periods,
    bands: overlapping.map((band, index) => ({ ...band, row: rows[index] ?? 0 })),
    rows: rows.length > 0 ? Math.max(...rows) + 1 : 0,
    scale: scaleOf(starts, unit),
    total: events.length,
    busiest,
    periodOf: (event) => startIndex.get(event.id) ?? indexOf(calendarSpan(event.data.date).first),
  };
}

/**
 * The key events to mark, at most `limit` of them spread evenly over `events` so that a page
 * with many key events keeps a light axis. All of them when they fit.
 */
export function keyEventsToMark<Event extends AxisEvent>(events: readonly Event[], limit = Infinity): Event[] {
  const keyEvents = events.filter(({ data }) => data.importance === 3);
  if (keyEvents.length <= limit) return keyEvents;
  return Array.from({ length: limit }, (_, index) => keyEvents[Math.floor((index * keyEvents.length) / limit)]).filter(
    (event): event is Event => event !== undefined,
  );
}
