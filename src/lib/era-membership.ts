/**
 * Which events belong to which era (SPEC "Era frontmatter"): an event belongs to an era when the
 * event's span, from the start of its `date` to the end of its `end` (or of its `date`), overlaps
 * the era's span, each at the precision written. Spans are whole calendar days, so a timed event
 * belongs to every era that covers its written day.
 */
import { byChronology } from './chronology';
import { calendarSpan, compareEventDates, type EventDate } from './event-date';

/** Anything with a start and an optional end: events and eras alike. */
export interface Spanning {
  id: string;
  data: { date: EventDate; end?: EventDate | undefined };
}

/** An era as membership and ordering need it; Astro's `CollectionEntry<'eras'>` satisfies it. */
export interface EraLike {
  id: string;
  data: { date: EventDate; end: EventDate; title: string };
}

/** First and last covered day as UTC milliseconds, for cheap comparisons over long lists. */
function daySpan({ data }: Spanning): [number, number] {
  const { first, last } = calendarSpan(data.date, data.end);
  return [first.getTime(), last.getTime()];
}

/** True when the two spans share at least one calendar day. */
export function spansOverlap(a: Spanning, b: Spanning): boolean {
  const [firstA, lastA] = daySpan(a);
  const [firstB, lastB] = daySpan(b);
  return firstA <= lastB && firstB <= lastA;
}

/** Eras in the order readers meet them: by start, then the one ending first, then by title. */
export function byEraOrder(a: EraLike, b: EraLike): number {
  return compareEventDates(a.data.date, b.data.date) || compareEventDates(a.data.end, b.data.end) || byChronology(a, b);
}

export interface EraMembership<Era, Event> {
  /** The events of each era, in the order given (timeline order when `events` is sorted). */
  eventsByEra: Map<string, Event[]>;
  /** The eras of each event that belongs to any, in the order of `eras`. */
  erasByEvent: Map<string, Era[]>;
}

/** Both directions of membership, computed once: every era against every event. */
export function eraMembership<Era extends Spanning, Event extends Spanning>(
  eras: readonly Era[],
  events: readonly Event[],
): EraMembership<Era, Event> {
  const eventSpans = events.map((event) => [event, daySpan(event)] as const);
  const eventsByEra = new Map<string, Event[]>();
  const erasByEvent = new Map<string, Era[]>();
  for (const era of eras) {
    const [eraFirst, eraLast] = daySpan(era);
    const members = eventSpans
      .filter(([, [first, last]]) => first <= eraLast && eraFirst <= last)
      .map(([event]) => event);
    eventsByEra.set(era.id, members);
    for (const event of members) erasByEvent.set(event.id, [...(erasByEvent.get(event.id) ?? []), era]);
  }
  return { eventsByEra, erasByEvent };
}
