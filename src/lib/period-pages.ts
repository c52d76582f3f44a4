/**
 * Splits a long chronological list into pages by year, then by month where a year alone is too
 * long, so every page stays small however large the archive grows.
 */
import { formatMonthKey } from './event-date';
import type { Chronological } from './chronology';

export interface PeriodPage<Event> {
  /** URL segments below the list's own URL: `[]` for the first page, `['2019']`, `['2019', '03']`. */
  segments: string[];
  label: string;
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

/**
 * Pages for `events` (already in timeline order), each weighing at most `limit` unless a single
 * month weighs more. An event weighs 1 unless `weightOf` says otherwise (e.g. its size in bytes).
 * Events dated by year only open their year's first page.
 */
export function splitIntoPeriods<Event extends Chronological>(
  events: readonly Event[],
  limit: number,
  weightOf: (event: Event) => number = () => 1,
): PeriodPage<Event>[] {
  const fits = (list: readonly Event[]) => list.reduce((total, event) => total + weightOf(event), 0) <= limit;
  if (fits(events)) return [{ segments: [], label: 'All events', events: [...events] }];
  const pages: PeriodPage<Event>[] = [];
  for (const [year, yearEvents] of chunkBy(events, (event) => String(event.data.date.year))) {
    if (fits(yearEvents)) {
      pages.push({ segments: [year], label: year, events: yearEvents });
      continue;
    }
    const months = chunkBy(yearEvents, (event) => String(event.data.date.month ?? 0).padStart(2, '0'));
    // Year-only events (month 00) join the first month so that no page is labelled by a year alone.
    const [first, second] = months;
    if (first?.[0] === '00' && second) months.splice(0, 2, [second[0], [...first[1], ...second[1]]]);
    for (const [month, monthEvents] of months) {
      pages.push({
        segments: [year, month],
        label: month === '00' ? year : formatMonthKey(`${year}-${month}`),
        events: monthEvents,
      });
    }
  }
  const [firstPage] = pages;
  if (firstPage) firstPage.segments = [];
  return pages;
}
