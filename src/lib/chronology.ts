import { compareEventDates, dayHeading, dayKey, formatMonthKey, monthKey, type EventDate } from './event-date';

/** The fields ordering needs; Astro's `CollectionEntry<'events'>` satisfies it. */
export interface Chronological {
  id: string;
  data: { date: EventDate; title: string };
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Timeline order (SPEC "Order"), then title, then id so that equal events never swap. */
export function byChronology(a: Chronological, b: Chronological): number {
  return (
    compareEventDates(a.data.date, b.data.date) ||
    titleCollator.compare(a.data.title, b.data.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The `id` of the day group a date is listed under, the target of links into a list. */
export function dayAnchor(date: EventDate): string {
  return `d-${dayKey(date)}`;
}

export interface DayGroup<Event> {
  key: string;
  label: string;
  /** The `<time datetime>` of the heading: the day, or the month/year for coarser dates. */
  datetime: string;
  /** Its element's `id` (`dayAnchor`). */
  anchor: string;
  events: Event[];
}

export interface MonthGroup<Event> {
  /** `2022-03`, or `2022` for events dated by year only. */
  key: string;
  label: string;
  days: DayGroup<Event>[];
}

/** Groups chronologically sorted events by month, then day, keeping their order. */
export function groupByMonthAndDay<Event extends Chronological>(events: readonly Event[]): MonthGroup<Event>[] {
  const months: MonthGroup<Event>[] = [];
  for (const event of events) {
    const month = monthKey(event.data.date);
    let monthGroup = months.at(-1);
    if (monthGroup?.key !== month) {
      monthGroup = { key: month, label: formatMonthKey(month), days: [] };
      months.push(monthGroup);
    }
    const heading = dayHeading(event.data.date);
    let dayGroup = monthGroup.days.at(-1);
    if (dayGroup?.key !== heading.key) {
      dayGroup = {
        key: heading.key,
        label: heading.label,
        datetime: heading.key,
        anchor: dayAnchor(event.data.date),
        events: [],
      };
      monthGroup.days.push(dayGroup);
    }
    dayGroup.events.push(event);
  }
  return months;
}
