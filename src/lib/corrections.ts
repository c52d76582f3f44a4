/** Every published correction of the archive, for `/corrections/` and its feed. */
import { compareEventDates, type EventDate } from './event-date';

export interface Correction {
  date: EventDate;
  text: string;
}

export interface CorrectionEntry<Event> {
  event: Event;
  correction: Correction;
}

/**
 * Newest first. Corrections of one day keep a fixed order: the later event in the timeline first,
 * and within one event the one listed last first, so the page and the feed agree on every build.
 */
export function correctionsNewestFirst<Event extends { data: { corrections: readonly Correction[] } }>(
  eventsInTimelineOrder: readonly Event[],
): CorrectionEntry<Event>[] {
  const entries = eventsInTimelineOrder.flatMap((event) =>
    event.data.corrections.map((correction) => ({ event, correction })),
  );
  // Read backwards, then a stable sort by date: ties stay in that reversed order.
  return entries.reverse().sort((a, b) => compareEventDates(b.correction.date, a.correction.date));
}
