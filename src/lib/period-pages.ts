/**
 * Splits a long chronological list into pages by year, then by month where a year is too heavy,
 * then into runs of days where a single month still is, so pages stay small however large the
 * archive grows.
 */
import type { Chronological } from './chronology';
import { parseEventDate, type DateFormat, type EventDate } from './event-date';

export interface PeriodPage<Event> {
  /** URL segments below the list's own URL: `[]` for the first page, `['2019']`, `['2019', '03']`, `['2019', '03', '15']`. */
  segments: string[];
  label: string;
  /** The year the page belongs to, for navigation; undefined for a list that is not split. */
  year?: string;
  events: Event[];
}

function chunkBy<Event>(events: readonly Event[], keyOf: (event: Event) => string): [string, Event[]][] {
  const chunks: [string, Event[]][] = [];
  for (const event of events) {
    const key = keyOf(event);
    const last = chunks.at(-1);
    if (last?.[0] === key) last[1].push(event);
    else chunks.push([key, [event]]);
  }
  return chunks;
}

const twoDigits = (value: number | undefined) => String(value ?? 0).padStart(2, '0');

/**
 * Consecutive runs of whole days, each as heavy as `limit` allows (a single day may weigh more).
 * Events without a day (month precision) open the first run.
 */
function splitByDays<Event extends Chronological>(
  events: readonly Event[],
  limit: number,
  weightOf: (event: Event) => number,
): Event[][] {
  const runs: Event[][] = [];
  let weight = Infinity;
  for (const [, dayEvents] of chunkBy(events, (event) => twoDigits(event.data.date.day))) {
    const dayWeight = dayEvents.reduce((total, event) => total + weightOf(event), 0);
    const current = runs.at(-1);
    if (current && weight + dayWeight <= limit) {
      current.push(...dayEvents);
      weight += dayWeight;
    } else {
      runs.push([...dayEvents]);
      weight = dayWeight;
    }
  }
  return runs;
}

function dayOf(year: string, month: string, day: number): EventDate {
  const parsed = parseEventDate(`${year}-${month}-${twoDigits(day)}`);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

/** "1–14 March 2022" for a run of days within one month, as the language writes a range. */
function dayRunLabel(year: string, month: string, run: readonly Chronological[], dates: DateFormat): string {
  const days = run.map((event) => event.data.date.day).filter((day): day is number => day !== undefined);
  const [first, last] = [days.at(0), days.at(-1)];
  if (first === undefined || last === undefined) return dates.month(`${year}-${month}`);
  return dates.range(dayOf(year, month, first), dayOf(year, month, last));
}

/** What period pages are called: the whole list, and dates in the site's language. */
export interface PeriodLabels {
  /** The one page of a list that is not split, e.g. "All events". */
  all: string;
  dates: DateFormat;
}

/**
 * Pages for `events` (already in timeline order), each weighing at most `limit` unless a single
 * day weighs more. An event weighs 1 unless `weightOf` says otherwise (e.g. its size in bytes).
 * Events dated by year only open their year's first page.
 */
export function splitIntoPeriods<Event extends Chronological>(
  events: readonly Event[],
  limit: number,
  labels: PeriodLabels,
  weightOf: (event: Event) => number = () => 1,
): PeriodPage<Event>[] {
  const fits = (list: readonly Event[]) => list.reduce((total, event) => total + weightOf(event), 0) <= limit;
  if (fits(events)) return [{ segments: [], label: labels.all, events: [...events] }];
  const pages: PeriodPage<Event>[] = [];
  for (const [year, yearEvents] of chunkBy(events, (event) => String(event.data.date.year))) {
    if (fits(yearEvents)) {
      pages.push({ segments: [year], label: year, year, events: yearEvents });
      continue;
    }
    const months = chunkBy(yearEvents, (event) => twoDigits(event.data.date.month));
    // Year-only events (month 00) join the first month so that no page is labelled by a year alone.
    const [first, second] = months;
    if (first?.[0] === '00' && second) months.splice(0, 2, [second[0], [...first[1], ...second[1]]]);
    for (const [month, monthEvents] of months) {
      if (month === '00' || fits(monthEvents)) {
        const label = month === '00' ? year : labels.dates.month(`${year}-${month}`);
        pages.push({ segments: [year, month], label, year, events: monthEvents });
        continue;
      }
      for (const run of splitByDays(monthEvents, limit, weightOf)) {
        const day = twoDigits(run[0]?.data.date.day);
        const segments = pages.some((page) => page.segments.join('/') === `${year}/${month}`)
          ? [year, month, day]
          : [year, month];
        pages.push({ segments, label: dayRunLabel(year, month, run, labels.dates), year, events: run });
      }
    }
  }
  const [firstPage] = pages;
  if (firstPage) firstPage.segments = [];
  return pages;
}

export interface PeriodNavigation {
  /** First page of each year. */
  years: { year: string; segments: string[]; current: boolean }[];
  /** Pages of the current page's year, when that year is split. */
  withinYear: { label: string; segments: string[]; current: boolean }[];
  previous?: { label: string; segments: string[] };
  next?: { label: string; segments: string[] };
}

/**
 * Navigation for one page: every year, the pages of its own year, previous and next. Listing
 * every page of a long archive on every page would make each page heavier than its events.
 */
export function periodNavigation(pages: readonly PeriodPage<unknown>[], current: readonly string[]): PeriodNavigation {
  const key = current.join('/');
  const position = pages.findIndex(({ segments }) => segments.join('/') === key);
  const page = pages[position];
  const years = chunkBy(pages, (candidate) => candidate.year ?? '').map(([year, yearPages]) => ({
    year,
    segments: yearPages[0]?.segments ?? [],
    current: year === page?.year,
  }));
  const yearPages = pages.filter((candidate) => candidate.year !== undefined && candidate.year === page?.year);
  const link = (target: PeriodPage<unknown> | undefined) =>
    target && { label: target.label, segments: target.segments };
  const previous = link(pages[position - 1]);
  const next = link(pages[position + 1]);
  return {
    years: years.length > 1 ? years : [],
    withinYear:
      yearPages.length > 1
        ? yearPages.map(({ label, segments }) => ({ label, segments, current: segments.join('/') === key }))
        : [],
    ...(previous && { previous }),
    ...(next && { next }),
  };
}
